import type { HqClient } from '@machi-dx/shelter-forms';
import { useHqPageTranslator } from './intl';

/** Download links for the prefecture's report: every shelter's latest status (EEI names). */
export function HqExport({ client }: { client: HqClient }) {
  const t = useHqPageTranslator();
  const links = [
    { href: client.exportUrl('csv'), label: t('portal.hq.export.csv') },
    { href: client.exportUrl('csv', { header: 'ja' }), label: t('portal.hq.export.csvJa') },
    { href: client.exportUrl('json'), label: t('portal.hq.export.json') },
  ];
  return (
    <section aria-labelledby="hq-export" className="portal-hq__section">
      <h2 id="hq-export">{t('portal.hq.export.title')}</h2>
      <p>{t('portal.hq.export.lead')}</p>
      <ul className="portal-hq__exports">
        {links.map((link) => (
          <li key={link.href}>
            {/* A plain download: the session cookie goes along, the server names the file. */}
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
