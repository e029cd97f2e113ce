import { Center, Container } from '@mantine/core';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorMessage } from './ErrorMessage';

/** The router's errorElement: whatever failed, a French message and a way back. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  usePageTitle('Erreur');
  const details = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : undefined;
  return (
    <Container size={760} py={48} component="main" id="contenu">
      <Center>
        <ErrorMessage details={details} onRetry={() => window.location.reload()} onHome={() => void navigate('/')} />
      </Center>
    </Container>
  );
}
