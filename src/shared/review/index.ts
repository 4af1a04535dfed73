/** Review types shared by the main process (core, services, CLI) and the renderer. */
export * from './review-schema';
export * from './review-types';
