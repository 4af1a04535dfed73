/** Browser mode without a token: nothing can be called, so say exactly how to get in. */
export function MissingToken() {
  return (
    <main className="gate">
      <div className="gate-card">
        <span className="app-mark app-mark--large" aria-hidden="true">
          C
        </span>
        <h1>Open the link printed by copydesk serve</h1>
        <p>
          This page needs the access token that <code>copydesk serve</code> prints when it starts, for example:
        </p>
        <pre className="gate-example">Copydesk is serving ~/site at http://127.0.0.1:5178/#token=…</pre>
        <p>
          Open that full URL (including the part after <code>#</code>). The token is kept for this tab only; if the server was
          restarted, use the new link.
        </p>
      </div>
    </main>
  );
}
