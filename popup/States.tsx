// Designed empty, loading and error states for the popup and options pages.
import type { ComponentChildren } from 'preact';
import type { Language } from '../model';
import { t } from '../i18n';

export function LoadingState({ text }: { text: string }) {
  return (
    <div class="pp-state pp-loading" role="status" aria-live="polite">
      <span class="pp-spinner" aria-hidden="true" />
      <p>{text}</p>
    </div>
  );
}

export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ComponentChildren }) {
  return (
    <div class="pp-state pp-empty">
      <svg class="pp-icon" viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
        <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path d="M12 9v4l2.5 2.5M9 2h6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      </svg>
      <p class="pp-state-title">{title}</p>
      {hint ? <p class="pp-state-hint">{hint}</p> : null}
      {children}
    </div>
  );
}

export function ErrorState({ message, lang, onRetry }: { message: string; lang: Language; onRetry?: () => void }) {
  return (
    <div class="pp-state pp-error" role="alert">
      <p class="pp-state-title">{t('common.error', lang, { message })}</p>
      {onRetry ? <button type="button" class="cc-button cc-secondary" onClick={onRetry}>{t('common.retry', lang)}</button> : null}
    </div>
  );
}
