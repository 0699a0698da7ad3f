/**
 * Fictional demo content drawn from the report's themes (medicine dispensers, fall alarms,
 * digital home follow-up, e-learning time, super-users' workload). No real people or patients.
 */
export const DEMO_PASSWORD = 'idehub-demo';

export interface DemoMunicipality {
  slug: string;
  name: string;
  /** Fictional names for the six demo accounts: staff, staff 2, leader, head of department, agent, admin. */
  people: [string, string, string, string, string, string];
  extraUnits: string[];
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    slug: 'drammen',
    name: 'Drammen kommune',
    people: ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Per Solberg', 'Sofie Lund', 'Anders Moe'],
    extraUnits: ['Fjell sykehjem', 'Helsehuset Drammen'],
  },
  {
    slug: 'asker',
    name: 'Asker kommune',
    people: ['Nora Bakke', 'Emil Strand', 'Hanne Lie', 'Tor Aas', 'Maja Dahl', 'Jonas Vik'],
    extraUnits: ['Bleiker sykehjem', 'Fysio- og ergoterapitjenesten'],
  },
  {
    slug: 'kongsberg',
    name: 'Kongsberg kommune',
    people: ['Lene Haug', 'Sindre Ruud', 'Marte Eide', 'Geir Holm', 'Tiril Foss', 'Eva Brekke'],
    extraUnits: ['Kongsberg sykehjem', 'Helsehuset Kongsberg'],
  },
  {
    slug: 'lier',
    name: 'Lier kommune',
    people: ['Silje Aune', 'Magnus Tangen', 'Randi Sund', 'Bjørn Kvam', 'Hege Lunde', 'Knut Myhre'],
    extraUnits: ['Lier sykehjem', 'Frydenhaug bo- og behandlingssenter'],
  },
];

export type DemoStory =
  | { kind: 'open'; daysAgo: number }
  | {
      kind: 'answered';
      daysAgo: number;
      /**
       * Places the last answer on this day of the last complete month (Oslo), instead of counting
       * from daysAgo, so the demo's «Dere sa – vi gjorde» for last month is never empty.
       */
      lastAnswerOnDayOfLastMonth?: number;
      /** reviewInDays: with status PARKED («Ikke nå»), the review date, in days from the seeding. */
      answers: { afterDays: number; status?: string; message: string; reviewInDays?: number }[];
      rating?: { useful: boolean; comment?: string };
    };

export interface DemoSuggestion {
  title: string;
  description: string;
  /** "home" = Hjemmetjenesten, "top" = Helse og omsorg, or an index into extraUnits. */
  unit: 'home' | 'top' | 0 | 1;
  by: 0 | 1 | 4;
  story: DemoStory;
  supporters?: number[];
  /** People (indexes into DemoMunicipality.people) who joined it as co-creators («Bli med»). */
  coCreators?: number[];
  /** A few comments in its thread, days after submission. */
  comments?: { by: number; afterDays: number; body: string }[];
  /** It answers the municipality's demo focus area. */
  answersFocusArea?: boolean;
  /** Merged by the head of department into the suggestion at this index, with this message. */
  mergeInto?: { index: number; message: string };
}

export const DEMO_SUGGESTIONS: DemoSuggestion[] = [
  {
    title: 'Felles oversikt over hvem som er superbruker på hvilken teknologi',
    description:
      'Når medisindispenseren piper på natta vet vi ikke hvem vi kan ringe. Superbrukerne bruker mye tid på å svare på de samme spørsmålene. En enkel oversikt per vakt over superbrukere for dispensere, digitalt tilsyn og fallalarmer ville spart tid for alle.',
    unit: 'home',
    by: 0,
    story: {
      kind: 'answered',
      daysAgo: 70,
      lastAnswerOnDayOfLastMonth: 20,
      answers: [
        {
          afterDays: 5,
          status: 'UNDER_REVIEW',
          message:
            'Takk for et godt forslag! Vi tar det opp på ledermøtet neste uke og ser på hvordan vi kan lage oversikten.',
        },
        {
          afterDays: 12,
          status: 'ACCEPTED',
          message:
            'Vi gjennomfører dette. Digital agent lager en oversikt i turnusprogrammet, og den henges også opp på vaktrommet.',
        },
        {
          afterDays: 30,
          status: 'IN_PROGRESS',
          message:
            'Oversikten er laget for dagvakt og kveld. Natt kommer på plass når turnusen for neste periode er klar.',
        },
        {
          afterDays: 50,
          status: 'IMPLEMENTED',
          message:
            'Oversikten er nå i bruk på alle vakter. Tilbakemeldingen fra nattevaktene er at de sjelden må ringe rundt lenger.',
        },
      ],
      rating: { useful: true, comment: 'Ja! Dette har gjort nattevaktene mye tryggere.' },
    },
    supporters: [1, 3],
    coCreators: [4],
  },
  {
    title: 'Sette av tid i turnus til e-læringskurs',
    description:
      'Vi får beskjed om å ta e-læringskurs om velferdsteknologi, men det er ikke satt av tid til det i arbeidstiden. Mange tar kursene hjemme eller hopper over dem. Forslag: en fast time i måneden i turnus til e-læring.',
    unit: 'home',
    by: 1,
    story: {
      kind: 'answered',
      daysAgo: 40,
      lastAnswerOnDayOfLastMonth: 8,
      answers: [
        {
          afterDays: 17,
          status: 'UNDER_REVIEW',
          message:
            'Beklager sent svar. Vi ser på om vi kan legge inn en fast læringstime i neste turnusperiode, og kommer tilbake med svar.',
        },
      ],
    },
    supporters: [0],
  },
  {
    title: 'Fallalarm som varsler direkte til mobilen til ansvarlig pleier',
    description:
      'I dag går fallalarmen til en felles telefon som ofte ligger på vaktrommet. Det tar for lang tid før noen rykker ut. Kan alarmen gå direkte til mobilen til den som har ansvar for brukeren på vakta?',
    unit: 0,
    by: 0,
    story: { kind: 'open', daysAgo: 20 },
    supporters: [1],
    coCreators: [4],
    answersFocusArea: true,
    comments: [
      {
        by: 1,
        afterDays: 1,
        body: 'Enig! På natt er vi ofte bare to på jobb, og da hører vi ikke telefonen på vaktrommet.',
      },
      {
        by: 4,
        afterDays: 2,
        body: 'Dette kan vi prøve ut på én avdeling først. Jeg hjelper gjerne til med oppsettet mot alarmsentralen.',
      },
      { by: 0, afterDays: 3, body: 'Så bra! Nattevaktene vil gjerne være med og teste.' },
    ],
  },
  {
    title: 'Digital hjemmeoppfølging for brukere med KOLS',
    description:
      'Flere brukere med KOLS kunne målt oksygenmetning og puls selv med nettbrett, slik at vi fulgte dem opp digitalt mellom besøkene. Det kan gi færre akuttinnleggelser og mer selvstendighet for brukerne.',
    unit: 'home',
    by: 4,
    coCreators: [1],
    comments: [
      {
        by: 1,
        afterDays: 8,
        body: 'Jeg har jobbet med nettbrett-oppfølging før og vil gjerne være med i utprøvingen.',
      },
    ],
    story: {
      kind: 'answered',
      daysAgo: 45,
      answers: [
        {
          afterDays: 6,
          status: 'ACCEPTED',
          message:
            'Vi starter et utprøvingsprosjekt med fem brukere etter nyttår, sammen med fastlegene. Digital agent leder utprøvingen.',
        },
      ],
    },
  },
  {
    title: 'Opplæring i medisindispenser for nyansatte og vikarer',
    description:
      'Vikarer og nyansatte kan ikke bruke medisindispenserne, og da må de faste ansatte ta alt. En kort opplæringsvideo og en sjekkliste for første vakt ville hjulpet mye.',
    unit: 'home',
    by: 1,
    story: { kind: 'open', daysAgo: 16 },
    comments: [{ by: 0, afterDays: 2, body: 'En sjekkliste på vaktrommet hadde hjulpet meg mye da jeg var ny.' }],
  },
  {
    title: 'Kortere rutine for å melde feil på velferdsteknologi',
    description:
      'Når en sensor eller dispenser ikke virker, må vi ringe tre forskjellige steder. Det burde være ett sted å melde feil, helst en enkel knapp i fagsystemet.',
    unit: 'top',
    by: 0,
    story: {
      kind: 'answered',
      daysAgo: 60,
      answers: [
        {
          afterDays: 9,
          status: 'DECLINED',
          message:
            'Vi kan ikke endre fagsystemet nå, fordi leverandøravtalen fornyes først neste år. Vi tar behovet med i kravspesifikasjonen da.',
        },
      ],
      rating: { useful: false, comment: 'Forstår det, men savner en midlertidig løsning.' },
    },
  },
  {
    title: 'Skjermer på vaktrommet som viser alarmer fra digitalt tilsyn',
    description:
      'Det digitale tilsynet sender varsler som bare vises på én PC. En stor skjerm på vaktrommet ville gjort at alle ser varslene med en gang.',
    unit: 0,
    by: 1,
    story: { kind: 'open', daysAgo: 3 },
    supporters: [4],
    answersFocusArea: true,
  },
  {
    title: 'Oversikt over alle varsler fra digitalt tilsyn på ett sted',
    description:
      'Varsler fra digitalt tilsyn kommer på ulike skjermer og telefoner. Vi foreslår at alle varsler samles på én skjerm på vaktrommet.',
    unit: 0,
    by: 0,
    story: { kind: 'open', daysAgo: 2 },
    mergeInto: {
      index: 6,
      message:
        'Dette gjelder det samme som forslaget om skjermer på vaktrommet. Vi slår dem sammen, så følger du saken der.',
    },
  },
  {
    title: 'Ny turnusplan når nytt system kommer',
    description:
      'Turnusen lages i et regneark som sendes rundt på e-post, og hver måned blir det feil i helgevaktene. Vi foreslår at turnusen lages i et ordentlig system der alle ser sine vakter og kan bytte vakter selv.',
    unit: 1,
    by: 0,
    story: {
      kind: 'answered',
      daysAgo: 40,
      answers: [
        {
          afterDays: 6,
          status: 'PARKED',
          reviewInDays: 150,
          message:
            'Godt forslag, men ikke nå: kommunen skal kjøpe nytt turnussystem, og anbudet avgjøres i vår. Vi tar forslaget opp igjen når vi vet hvilket system vi får, så det kan bli en del av innføringen.',
        },
      ],
    },
    supporters: [1],
  },
];

/**
 * One focus area (innsatsområde) per municipality, put by the head of department to Helse og
 * omsorg and every unit below it; the suggestions marked answersFocusArea answer it.
 */
export const DEMO_FOCUS_AREA = {
  title: 'Hvordan kan vi bruke velferdsteknologi bedre på natt?',
  question:
    'På natt er det få ansatte på jobb, og alarmer fra fallsensorer, digitalt tilsyn og medisindispensere må fanges opp raskt. Hva ville gjort nattevaktene tryggere og enklere? Del forslagene dine innen fristen.',
  openedDaysAgo: 25,
  openDays: 60,
};
