/**
 * Channel and event names only: no zod, no node. The sandboxed preload imports
 * this file, so it must stay dependency-free.
 */
export const CHANNELS = [
  'workspace.open',
  'workspace.status',
  'workspace.reindex',
  'workspace.recent',
  'workspace.pick',
  'workspace.remoteContent',
  'workspace.allowRemoteContent',
  'workspace.model',
  'workspace.trust',
  'workspace.setTrust',
  'articles.query',
  'articles.facets',
  'article.read',
  'group.read',
  'tags.list',
  'validation.report',
  'articles.find',
  'article.save',
  'retag.plan',
  'retag.preview',
  'retag.apply',
  'retag.cancel',
  'retag.undo',
  'retag.journals',
  'taxonomy.list',
  'review.summary',
  'review.pair',
  'review.approve',
  'review.needsWork',
  'review.fix',
  'review.createTranslation',
  'review.queue',
  'repair.plan',
  'repair.apply',
  'git.status',
  'git.compare',
  'git.commit',
  'git.pull',
  'git.push',
  'spellcheck.languages',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['index.progress', 'index.recovered', 'workspace.changed', 'workspace.opened', 'retag.progress', 'app.command', 'git.progress'] as const;

export type EventName = (typeof EVENTS)[number];

/** Prefix for IPC channel names, so ours never collide with Electron's own. */
export const IPC_PREFIX = 'copydesk:';
