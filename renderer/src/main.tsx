import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/get-api';
import { App } from './app';
import { createAppStores } from './stores/app-stores';
import { bindHashRouting } from './stores/nav-store';
import { StoresProvider } from './stores/stores-context';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/course.css';
import './styles/blocks.css';
import './components/ui/ui.css';

const stores = createAppStores(getApi());
bindHashRouting(stores.nav, window);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoresProvider stores={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
