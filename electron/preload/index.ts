/**
 * The preload of the main window (sandboxed, bundled as CommonJS into
 * out/preload/index.cjs). Its whole job: expose `window.cae`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('cae', createBridge(ipcRenderer));
