import { Component, type ComponentChildren } from 'preact';

export interface ErrorBoundaryProps {
  /** Name of the widget, used in the message. */
  name: string;
  children?: ComponentChildren;
}

interface ErrorBoundaryState {
  error: string | null;
}

/** Keeps a widget from blanking: an unexpected error becomes a visible message with a reset. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static override getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <div role="alert" class="cn-notice cn-notice-error">
          <p>
            {this.props.name} hit an unexpected problem: {this.state.error}
          </p>
          <button type="button" class="cn-button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
