import { Component, type ReactNode } from 'react';
import { ErrorMessage } from '@/components/feedback';

interface Props {
  /** The page's location: a new one clears an error shown for the previous page. */
  resetKey: string;
  children: ReactNode;
}

/**
 * What the data router's route error element did: a page that fails to render (most often its chunk
 * could not be fetched, e.g. offline, or after a new version replaced it) shows a plain sentence in
 * the layout, with a retry that reloads, instead of taking the whole app down.
 */
export class PageErrorBoundary extends Component<Props, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (this.state.error) return <ErrorMessage error={this.state.error} onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
