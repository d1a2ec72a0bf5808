import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_GLOBAL } from '../shared/contract/api';
import { createPreloadApi } from './create-api';

// Sandboxed, context-isolated preload: expose exactly the contract API and nothing from Electron.
// webUtils is the only way to a dropped file's path (File.path is gone); create-api guards the call.
const pathOf = (file: unknown): string => webUtils.getPathForFile(file as File);
contextBridge.exposeInMainWorld(API_GLOBAL, createPreloadApi(ipcRenderer, pathOf));
