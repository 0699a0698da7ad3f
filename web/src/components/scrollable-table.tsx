import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/i18n/namespaces/daily';

interface Props {
  /** The id of the heading or caption that names the table. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}

/**
 * A table in a region that scrolls sideways when it is wider than the screen (a phone at
 * 360 px), and then says so in words next to it, so nobody thinks the right-hand columns are
 * missing. The region takes focus, so keyboard users can scroll it with the arrow keys.
 */
export function ScrollableTable({ labelledBy, className, children }: Props) {
  const { t } = useTranslation('daily');
  const hintId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      {overflowing ? (
        <p className="table-hint" id={hintId}>
          <span aria-hidden="true">↔ </span>
          {t('table.scrollHint')}
        </p>
      ) : null}
      <div
        ref={ref}
        className={`table-wrap${overflowing ? ' table-wrap--overflowing' : ''}${className ? ` ${className}` : ''}`}
        tabIndex={0}
        role="region"
        aria-labelledby={labelledBy}
        aria-describedby={overflowing ? hintId : undefined}
      >
        {children}
      </div>
    </>
  );
}
