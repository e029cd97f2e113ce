import { useNavigate } from 'react-router';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorMessage } from './ErrorMessage';

/** Around the routed content: a failing page keeps the shell and its navigation; `resetKey` as in ErrorBoundary. */
export function ContentErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: unknown }) {
  const navigate = useNavigate();
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={(reset) => (
        <ErrorMessage
          onRetry={reset}
          onHome={() => {
            void navigate('/');
            reset();
          }}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
