import { Container } from '@mantine/core';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { ErrorMessage } from './errors/ErrorMessage';
import { WorkspaceGate } from './WorkspaceGate';

/** Last line of defence: even the welcome screen failing leaves a French message, never a blank page. */
export function AppRoot() {
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <Container size={760} py={48} component="main" id="contenu">
          <ErrorMessage onRetry={reset} onHome={() => window.location.assign('#/')} />
        </Container>
      )}
    >
      <WorkspaceGate />
    </ErrorBoundary>
  );
}
