import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '../../components/welcome/welcome-app';
import { applyDocumentLocale } from '../../components/ui/i18n';
import '../../components/ui/theme.css';

applyDocumentLocale();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomeApp />
  </StrictMode>,
);
