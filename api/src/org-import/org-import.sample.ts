import { DEMO_MUNICIPALITIES } from '../demo/demo-content';

/**
 * The sample file offered at /admin/import: the municipality's demo structure (Helse og omsorg,
 * Hjemmetjenesten and its two other units) with its demo accounts and some fictional new people,
 * so an admin can import it as it is and then edit it. docs/organisation-import-sample.csv is the
 * Drammen one (a test holds them equal). `;` and a BOM, as Norwegian Excel writes «CSV UTF-8».
 */
export function sampleRows(slug: string): string[][] {
  const demo = DEMO_MUNICIPALITIES.find((m) => m.slug === slug) ?? DEMO_MUNICIPALITIES[0];
  const domain = `${slug}.idehub.test`;
  const [staff, staff2, leader, head, agent, admin] = demo.people;
  const [nursingHome, healthHouse] = demo.extraUnits;
  const top = 'Helse og omsorg';
  const home = `${top} / Hjemmetjenesten`;
  return [
    ['ansattnummer', 'navn', 'epost', 'enhet', 'rolle'],
    ['10001', admin, `admin@${domain}`, '', 'admin'],
    ['10002', head, `kommunalsjef@${domain}`, top, 'leder'],
    ['10003', agent, `agent@${domain}`, top, 'digital agent'],
    ['10004', leader, `leder@${domain}`, home, 'leder'],
    ['10005', staff, `ansatt@${domain}`, home, 'ansatt'],
    ['10006', staff2, `ansatt2@${domain}`, home, 'ansatt'],
    ['10007', 'Åse Kristiansen', `ase.kristiansen@${domain}`, `${home} / Natt`, 'ansatt'],
    ['10008', 'Jørgen Bakken', `jorgen.bakken@${domain}`, `${home} / Natt`, 'leder'],
    ['10009', 'Linnea Øvrebø', `linnea.ovrebo@${domain}`, `${top} / ${nursingHome}`, 'leder'],
    ['10010', 'Tobias Haugen', `tobias.haugen@${domain}`, `${top} / ${nursingHome}`, 'ansatt'],
    ['10011', 'Mina Johansen', `mina.johansen@${domain}`, `${top} / ${nursingHome} / Avdeling 2`, 'ansatt'],
    ['10012', 'Eirik Næss', `eirik.naess@${domain}`, `${top} / ${healthHouse}`, 'leder'],
    ['10013', 'Sara Wold', `sara.wold@${domain}`, `${top} / ${healthHouse}`, 'ansatt'],
    ['10013', 'Sara Wold', `sara.wold@${domain}`, home, 'ansatt'],
    ['10014', 'Henrik Dahle', `henrik.dahle@${domain}`, `${top} / ${healthHouse}`, 'digital agent'],
  ];
}

export function sampleCsv(slug: string): string {
  const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return (
    '\uFEFF' +
    sampleRows(slug)
      .map((r) => r.map(cell).join(';'))
      .join('\r\n') +
    '\r\n'
  );
}
