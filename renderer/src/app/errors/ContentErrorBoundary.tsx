import { useNavigate } from 'react-router';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorMessage } from './ErrorMessage';

/** Around the routed content: a failing page keeps the shell and its navigation. */
export function ContentErrorBoundary({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <ErrorBoundary
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
