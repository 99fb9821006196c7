import type { ReactNode } from 'react';

/** A titled region of a page; the heading level is the caller's, so headings stay in order. */
export function Section({
  id,
  title,
  level = 2,
  intro,
  children,
}: {
  id: string;
  title: string;
  level?: 2 | 3 | 4;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  const titleId = `${id}-title`;
  return (
    <section id={id} aria-labelledby={titleId} className={`section section-level-${level}`}>
      <Heading id={titleId}>{title}</Heading>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
