import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/popup-app';
import { applyDocumentLocale } from '../../components/ui/i18n';
import '../../components/ui/theme.css';

applyDocumentLocale();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
