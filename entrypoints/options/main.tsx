import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/options-app';
import { applyDocumentLocale } from '../../components/ui/i18n';
import '../../components/ui/theme.css';

applyDocumentLocale();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
