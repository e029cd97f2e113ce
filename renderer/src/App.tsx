import { useEffect, useState } from 'react';
import { call } from './api/transport';

export function App() {
  const [text, setText] = useState('Chargement…');
  useEffect(() => {
    call('workspace.get', {}).then((s) => setText(JSON.stringify(s)), (e: Error) => setText(e.message));
  }, []);
  return <main><h1>Conventions CAE</h1><p>{text}</p></main>;
}
