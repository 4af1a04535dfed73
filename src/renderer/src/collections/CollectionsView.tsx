import type { ContentModel, FieldRoles, ModelCollection } from '@shared/model/content-model';
import { fieldList, ignoredText, NEVER_READ, noteText, pairingText, SCHEMA_SOURCE_TEXT, sourceLanguageText } from '@shared/model/describe-model';
import { EmptyState } from '../components/EmptyState';
import { LangBadge } from '../components/LangBadge';
import { formatCount } from '../lib/format';
import { configFailedText, fallbackText } from './trust-words';
import type { FolderTrustState } from './useFolderTrust';

interface Props {
  model: ContentModel | null;
  modelError: string | null;
  folderTrust: FolderTrustState;
}

/**
 * What Copydesk learned about the open folder, in the words of `copydesk
 * model`: each collection with its root, files, schema source, pairing,
 * languages, source language, shared and translatable fields and roles; the
 * notes on sources that were set aside; what was ignored; and whether the
 * folder is trusted to run its content config, with Trust / Revoke.
 */
export function CollectionsView({ model, modelError, folderTrust }: Props) {
  return (
    <div className="collections" aria-label="Collections">
      <TrustSection folderTrust={folderTrust} model={model} />
      {modelError ? (
        <EmptyState title="Could not read the content model">{modelError}</EmptyState>
      ) : !model ? (
        <EmptyState title="Reading the content model…" />
      ) : (
        <>
          {model.collections.length === 0 ? (
            <EmptyState title="No collections">This folder has no Markdown files Copydesk could model.</EmptyState>
          ) : (
            <div className="collection-grid">
              {model.collections.map((collection) => (
                <CollectionCard key={collection.name} collection={collection} />
              ))}
            </div>
          )}
          <section className="collections-section" aria-label="Notes">
            <h2 className="collections-heading">
              Notes <span className="tab-count">{formatCount(model.notes.length)}</span>
            </h2>
            {model.notes.length === 0 ? (
              <p className="collections-quiet">Every source Copydesk tried could be read.</p>
            ) : (
              <ul className="collection-notes">
                {model.notes.map((note, i) => (
                  <li key={i}>{noteText(note)}</li>
                ))}
              </ul>
            )}
          </section>
          <section className="collections-section" aria-label="Ignored">
            <h2 className="collections-heading">Ignored</h2>
            <p className="collections-quiet" data-testid="collections-ignored">
              {ignoredText(model.ignored)}; {NEVER_READ}.
            </p>
          </section>
        </>
      )}
    </div>
  );
}

function TrustSection({ folderTrust, model }: { folderTrust: FolderTrustState; model: ContentModel | null }) {
  const { trust, pending, error, setTrusted } = folderTrust;
  let text: string;
  let action: { label: string; trusted: boolean } | null = null;
  if (trust === null) text = 'Checking whether this folder is trusted…';
  else if (!trust.canRun || trust.file === null) {
    text = "Nothing here runs code: the model comes from copydesk.config or from files Copydesk reads without running them.";
    if (trust.trusted && trust.canChange) action = { label: 'Revoke trust', trusted: false };
  } else if (trust.trusted) {
    text = `Trusted: Copydesk runs ${trust.file}, in a separate process without write access, to read the collections' schemas. ${configFailedText(model) ?? ''}`.trim();
    if (trust.canChange) action = { label: 'Revoke trust', trusted: false };
    else text += ' copydesk serve runs it for the folder it was started on; start it with --no-trust to refuse.';
  } else {
    text = `Not trusted: ${trust.file} is code and was not run. ${fallbackText(model) ?? ''}`.trim();
    if (trust.canChange) action = { label: 'Trust folder', trusted: true };
    else text += ' copydesk serve was started with --no-trust.';
  }
  return (
    <section className={`collections-trust${trust?.trusted ? ' collections-trust--on' : ''}`} aria-label="Trust" data-testid="collections-trust">
      <div className="collections-trust-text">
        <h2 className="collections-heading">Trust</h2>
        <p>{text}</p>
        {error && (
          <p className="trust-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {action && (
        <button type="button" className={`button${action.trusted ? ' button--primary' : ''}`} disabled={pending} onClick={() => void setTrusted(action.trusted)}>
          {pending ? (action.trusted ? 'Reading the content config…' : 'Reloading…') : action.label}
        </button>
      )}
    </section>
  );
}

const ROLE_ORDER: Array<keyof FieldRoles> = ['title', 'description', 'date', 'updated', 'tags', 'category', 'draft'];

function CollectionCard({ collection }: { collection: ModelCollection }) {
  const { schema, pairing, fields, roles } = collection;
  const roleEntries = ROLE_ORDER.filter((role) => roles[role] !== undefined);
  const headingId = `collection-${collection.name}`;
  return (
    <article className="collection" data-collection={collection.name} aria-labelledby={headingId}>
      <header className="collection-header">
        <h3 id={headingId} className="collection-name">
          {collection.name}
        </h3>
        <span className="collection-root" dir="ltr" title={`${collection.root}/${collection.include.join(', ')}`}>
          {collection.root}
        </span>
        <span className="collection-files">
          {formatCount(collection.files)} {collection.files === 1 ? 'file' : 'files'}
        </span>
      </header>
      <dl className="collection-facts">
        <dt>Schema</dt>
        <dd>
          <span className={`pill schema-source schema-source--${schema.source}`}>{schema.source}</span> {SCHEMA_SOURCE_TEXT[schema.source]}
          {schema.note && <span className="collection-note">{schema.note}</span>}
        </dd>
        <dt>Pairing</dt>
        <dd>
          <code>{pairingText(collection)}</code> <span className="collections-quiet">({pairing.from})</span>
          {pairing.counts && (
            <span className="collection-note">
              Files each rule pairs: key {formatCount(pairing.counts.key)} · folder {formatCount(pairing.counts.folder)} · suffix {formatCount(pairing.counts.suffix)}
            </span>
          )}
        </dd>
        <dt>Languages</dt>
        <dd>
          <span className="collection-langs">
            {collection.languages.map((lang) => (
              <LangBadge key={lang} lang={lang} />
            ))}
          </span>
          <span className="collection-note">
            {collection.languageField ? `From the ${collection.languageField} field; ` : 'From the path; '}without one: {collection.defaultLanguage}
          </span>
        </dd>
        <dt>Source language</dt>
        <dd>
          <LangBadge lang={collection.sourceLanguage} variant="own" /> <span className="collections-quiet">({sourceLanguageText(collection)})</span>
        </dd>
        <dt>Shared fields</dt>
        <dd className="collection-fields">{fieldList(fields.shared)}</dd>
        <dt>Translatable</dt>
        <dd className="collection-fields">
          {fieldList(fields.translatable)} <span className="collections-quiet">({fields.from})</span>
        </dd>
        <dt>Roles</dt>
        <dd className="collection-roles">
          {roleEntries.length === 0
            ? 'none'
            : roleEntries.map((role) => (
                <span key={role} className="collection-role">
                  {role} → <code>{roles[role]}</code>
                </span>
              ))}
        </dd>
      </dl>
    </article>
  );
}
