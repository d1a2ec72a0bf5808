import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../shared/contract/api';
import { createPreloadApi } from './create-api';

// Sandboxed, context-isolated preload: expose exactly the contract API and nothing from Electron.
contextBridge.exposeInMainWorld(API_GLOBAL, createPreloadApi(ipcRenderer));
