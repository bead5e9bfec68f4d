import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BadgePlacement } from '@/utils/page/contract';
import type { LookupResult } from '@/utils/shows/show';
import { i18n } from '@/utils/i18n/messages';
import { formatCalendarDate } from '@/utils/i18n/locale';
import { STATUS_GLYPHS, statusLabel, statusSpoken } from '@/utils/shows/format';
import type { BadgeStatus } from '@/utils/shows/status';
import { StatusCard } from './StatusCard';

export interface StatusBadgeProps {
  /** The title as spotted on the page. */
  title: string;
  result: LookupResult | null;
  placement: BadgePlacement;
  /** A correction from the card changed the answer. */
  onResult(result: LookupResult): void;
}

const CLOSE_DELAY_MS = 200;

/** The badge beside a title; hover or focus opens its card (in the top layer, so no overflow clips it). */
export function StatusBadge({ title, result, placement, onResult }: StatusBadgeProps) {
  const status: BadgeStatus = result?.status ?? 'loading';
  const [open, setOpen] = useState(false);
  const badgeRef = useRef<HTMLSpanElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>();
  const cardId = useId();

  const show = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const hideSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(closeTimer.current), []);

  useEffect(() => {
    const card = cardRef.current;
    const badge = badgeRef.current;
    if (!card || !badge) return;
    if (!open) {
      if (card.matches(':popover-open')) card.hidePopover();
      return;
    }
    card.showPopover();
    placeCard(card, badge.getBoundingClientRect());
  }, [open]);

  const name = result?.show?.name ?? title;
  const label = i18n.t('badge.label', [name, statusSpoken(status)]);
  const next = status === 'airing' && result?.show?.nextEpisode ? ` · ${formatCalendarDate(result.show.nextEpisode.airdate)}` : '';

  return (
    <>
      <span
        ref={badgeRef}
        class={`badge status-${status}${placement === 'tile' ? ' tile' : ''}`}
        tabIndex={0}
        role="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={cardId}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onFocus={show}
        onBlur={(event) => {
          if (!cardRef.current?.contains(event.relatedTarget as Node | null)) hideSoon();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            setOpen((value) => !value);
          }
        }}
        onClick={(event) => {
          // A badge on a tile sits inside the tile's link: don't navigate.
          event.preventDefault();
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <span aria-hidden="true">{STATUS_GLYPHS[status]}</span>
        <span aria-hidden="true">
          {statusLabel(status)}
          {next}
        </span>
      </span>
      <div
        ref={cardRef}
        id={cardId}
        class="card"
        popover="manual"
        role="dialog"
        aria-label={i18n.t('badge.cardName', [name])}
        onMouseEnter={show}
        onMouseLeave={hideSoon}
        onFocusOut={(event) => {
          const next = event.relatedTarget as Node | null;
          if (!cardRef.current?.contains(next) && next !== badgeRef.current) hideSoon();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setOpen(false);
            badgeRef.current?.focus();
          }
        }}
      >
        {open && <StatusCard title={title} result={result} now={Date.now()} onResult={onResult} />}
      </div>
    </>
  );
}

/** Below the badge, or above it when there is no room; kept inside the viewport. */
function placeCard(card: HTMLElement, anchor: DOMRect): void {
  const margin = 8;
  const { innerWidth, innerHeight } = window;
  const rect = card.getBoundingClientRect();
  const below = anchor.bottom + 6;
  const top = below + rect.height > innerHeight - margin ? Math.max(margin, anchor.top - rect.height - 6) : below;
  const left = Math.min(Math.max(margin, anchor.left), innerWidth - rect.width - margin);
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(Math.max(margin, left))}px`;
}
