/** Inline SVG icons: no icon font, nothing fetched (the CSP allows only our own files). */

interface IconProps {
  size?: number;
  className?: string;
}

const svg = (size: number, className: string | undefined, children: React.ReactNode) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    className={className}
  >
    {children}
  </svg>
);

export const ErrorIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.75v3.75M8 11h.01" />
    </>
  ));

export const SearchIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25 13.5 13.5" />
    </>
  ));

export const FolderIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M2 4.5c0-.6.4-1 1-1h3.2l1.3 1.5H13c.6 0 1 .4 1 1v6c0 .6-.4 1-1 1H3c-.6 0-1-.4-1-1z" />);

export const CloseIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M4 4l8 8M12 4l-8 8" />);

export const KeyboardIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <rect x="1.75" y="4" width="12.5" height="8" rx="1.25" />
      <path d="M4.5 6.5h.01M7 6.5h.01M9.5 6.5h.01M12 6.5h.01M5 9.5h6" />
    </>
  ));

export const WarningIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <path d="M8 2.25 14.25 13.25H1.75z" />
      <path d="M8 6.5v3M8 11.5h.01" />
    </>
  ));

export const CheckIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M3.5 8.5 6.5 11.5 12.5 4.5" />);

export const LockIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <rect x="3.25" y="7" width="9.5" height="6.75" rx="1.25" />
      <path d="M5.25 7V5a2.75 2.75 0 0 1 5.5 0v2" />
    </>
  ));

export const UnlockIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <rect x="3.25" y="7" width="9.5" height="6.75" rx="1.25" />
      <path d="M5.25 7V5a2.75 2.75 0 0 1 5.3-1" />
    </>
  ));

export const CollapseIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M9.5 4 5.5 8l4 4" />);

export const ExpandIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M6.5 4l4 4-4 4" />);

export const BackIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M13 8H3.5M7.5 4 3.5 8l4 4" />);

export const SidebarIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <rect x="2" y="2.75" width="12" height="10.5" rx="1.25" />
      <path d="M6 2.75v10.5" />
    </>
  ));

export const FormIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, <path d="M3 4h10M3 8h10M3 12h6" />);

export const HistoryIcon = ({ size = 14, className }: IconProps) =>
  svg(size, className, (
    <>
      <path d="M2.75 8a5.25 5.25 0 1 0 1.6-3.78" />
      <path d="M2.5 2.75v2.5H5" />
      <path d="M8 5.25V8l1.9 1.4" />
    </>
  ));
