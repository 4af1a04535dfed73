// The Collections panel and workspace trust: the public face of this feature folder.
export { CollectionsView } from './CollectionsView';
export { TrustBanner } from './TrustBanner';
export { useFolderTrust, type FolderTrustState } from './useFolderTrust';
