import '@mantine/core/styles.css';
import { AppProviders } from './app/AppProviders';
import { AppRoot } from './app/AppRoot';

export function App() {
  return (
    <AppProviders>
      <AppRoot />
    </AppProviders>
  );
}
