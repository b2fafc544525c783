import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from './I18nContext';

interface ViewBoundaryProps {
  /** What the part shows, for the message: “各县搬迁人口”, “分县汇总”. */
  label: string;
  children: ReactNode;
}

/** What a part that failed shows in its place: which part, why, and a retry; the rest of the page goes on. */
function ViewFailed({ label, message, onRetry }: { label: string; message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="status status-error view-failed" role="alert" data-testid="view-failed">
      <p>{t('app.viewFailed', { view: label })}</p>
      {/* The error's own words, marked as such: a fault in the code has no wording in the reader's language. */}
      {message && <p className="chart-note failure-detail">{t('failure.detail', { detail: message })}</p>}
      <button type="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/**
 * An error boundary around one part of the page (a chart, the KPIs, the county table…): a part that throws while
 * rendering shows its message and a retry instead of taking the whole page down to a white screen.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs it; the page says what failed in words.
    console.error(`View “${this.props.label}” failed`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ViewFailed label={this.props.label} message={error.message} onRetry={() => this.setState({ error: null })} />;
  }
}
