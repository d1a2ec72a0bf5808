import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApi } from './api/get-api';
import { showUnauthorized } from './api/host-session';
import { App } from './app';
import { createAppStores } from './stores/app-stores';
import { bindHashRouting } from './stores/nav-store';
import { StoresProvider } from './stores/stores-context';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/course.css';
import './components/ui/ui.css';

void initApi().then((api) => {
  if (!api) return showUnauthorized(document);
  const stores = createAppStores(api);
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
});
