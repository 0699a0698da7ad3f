/**
 * Fictional success stories for the demo, from the report's themes (medicine dispensers, fall
 * sensors, digital home follow-up, e-learning time, super-users), and suggestions in other
 * municipalities that adopt them («Vi vil prøve dette»). No real people, patients or figures.
 */
import type { GainCategory, StoryStatusName, SuggestionStatusName } from '@idehub/libs';

export interface DemoGain {
  category: GainCategory;
  description: string;
  value?: number;
  unit?: string;
}

export interface DemoSuccessStory {
  /** The municipality (slug) that tells it. */
  municipality: string;
  /** Index into DemoMunicipality.people: 2 = leader, 4 = digital agent. */
  by: 2 | 4;
  title: string;
  summary: string;
  problem: string;
  solution: string;
  technology: string[];
  lessons: string;
  trainingTips: string;
  gains: DemoGain[];
  status: StoryStatusName;
  /** Days before the seeding when it was written (and published, a little later, when PUBLISHED). */
  daysAgo: number;
  /** Title of the municipality's implemented demo suggestion it grew from. */
  fromSuggestion?: string;
}

export interface DemoAdoption {
  /** Title of the story it adopts. */
  story: string;
  /** The adopting municipality (slug); the suggestion goes to its Hjemmetjenesten. */
  municipality: string;
  /** Index into DemoMunicipality.people: 0 or 1 (staff). */
  by: 0 | 1;
  daysAgo: number;
  /** The leader's answers, days after submission. */
  answers: { afterDays: number; status: SuggestionStatusName; message: string }[];
}

const SUPER_USER_SUGGESTION = 'Felles oversikt over hvem som er superbruker på hvilken teknologi';

export const DEMO_SUCCESS_STORIES: DemoSuccessStory[] = [
  {
    municipality: 'drammen',
    by: 4,
    title: 'Medisindispenser ga færre glemte doser og kortere morgenrunder',
    summary:
      'Fjorten brukere i Hjemmetjenesten fikk medisindispenser hjemme. De tar medisinene selv til rett tid, og morgenrunden ble seks timer kortere i uka.',
    problem:
      'Mange besøk om morgenen var bare for å dele ut medisiner. Når en runde ble forsinket, fikk brukerne medisinene for sent, og vi hadde flere avvik for glemte doser.',
    solution:
      'Vi valgte ut brukere som selv ønsket det og som kunne håndtere en dispenser. Apoteket fyller multidosene, og dispenseren varsler oss hvis en dose ikke blir tatt. To superbrukere per vakt fikk ekstra opplæring.',
    technology: ['Medisindispenser'],
    lessons:
      'Start med brukere som er motivert, og ta pårørende med fra første dag. Sett av tid i turnus til superbrukerne de første ukene.',
    trainingTips: 'Korte økter på vaktrommet med en ekte dispenser fungerte bedre enn e-læring alene.',
    gains: [
      {
        category: 'RESOURCE_USE',
        description: 'Sparte 6 timer per uke på morgenrunden',
        value: 6,
        unit: 'timer per uke',
      },
      {
        category: 'PATIENT_SAFETY_QUALITY',
        description: 'Ingen avvik for glemte doser hos brukerne med dispenser på tre måneder',
      },
      {
        category: 'USER_INDEPENDENCE',
        description: 'Brukere som tar medisinene selv, uten besøk',
        value: 14,
        unit: 'antall',
      },
    ],
    status: 'PUBLISHED',
    daysAgo: 130,
  },
  {
    municipality: 'drammen',
    by: 4,
    title: 'Superbrukeroversikt på alle vakter',
    summary:
      'En enkel oversikt over hvem som er superbruker på dispensere, digitalt tilsyn og fallalarmer på hver vakt. Nattevaktene slipper å ringe rundt.',
    problem:
      'Når utstyret varslet på natta, visste ingen hvem de kunne spørre, og superbrukerne fikk de samme spørsmålene om og om igjen.',
    solution:
      'Digital agent la superbrukerne inn i turnusprogrammet, og en utskrift henger på vaktrommet. Superbrukerne har en fast halvtime i uka til å svare på spørsmål.',
    technology: ['Medisindispenser', 'Digitalt tilsyn', 'Fallalarm'],
    lessons: 'Oversikten må oppdateres når turnusen endres, ellers slutter folk å stole på den.',
    trainingTips: 'Vis oversikten på personalmøtet og la superbrukerne presentere seg selv.',
    gains: [
      { category: 'STAFF_MASTERY', description: 'Nattevaktene vet alltid hvem de kan ringe' },
      {
        category: 'RESOURCE_USE',
        description: 'Superbrukerne bruker mindre tid på gjentatte spørsmål',
        value: 2,
        unit: 'timer per uke',
      },
    ],
    status: 'PUBLISHED',
    daysAgo: 16,
    fromSuggestion: SUPER_USER_SUGGESTION,
  },
  {
    municipality: 'drammen',
    by: 4,
    title: 'Elektroniske dørlåser hos brukere med hjemmesykepleie',
    summary:
      'Utkast: vi prøver elektroniske dørlåser slik at vi slipper nøkkelskap og lange omveier for å hente nøkler.',
    problem: 'Nøkler blir borte eller ligger igjen i bilen, og vi bruker tid på å hente dem.',
    solution: 'Utprøving hos ti brukere våren 2026.',
    technology: ['Elektronisk dørlås'],
    lessons: 'Skrives når utprøvingen er ferdig.',
    trainingTips: '',
    gains: [],
    status: 'DRAFT',
    daysAgo: 5,
  },
  {
    municipality: 'asker',
    by: 4,
    title: 'Fallsensor på soverommet ga raskere hjelp om natta',
    summary:
      'Brukere med høy fallrisiko fikk fallsensor på soverommet. Varselet går rett til mobilen til nattevakten, som nå er fremme mye raskere etter et fall.',
    problem: 'Fall om natta ble ofte oppdaget først ved neste tilsyn, og nattlige tilsynsbesøk vekket brukerne unødig.',
    solution:
      'Vi monterte fallsensorer hos tolv brukere og koblet varslene til nattevaktens mobil. Faste tilsyn ble erstattet av digitalt tilsyn der bruker og pårørende ønsket det.',
    technology: ['Fallsensor', 'Digitalt tilsyn'],
    lessons: 'Bruk tid på å forklare brukere og pårørende hva sensoren ser og ikke ser. Test varslingen hver uke.',
    trainingTips: 'La nattevaktene øve på et falskt varsel før de får det første ekte.',
    gains: [
      {
        category: 'PATIENT_SAFETY_QUALITY',
        description: 'Kortere tid fra fall til hjelp',
        value: 25,
        unit: 'minutter',
      },
      { category: 'RESOURCE_USE', description: 'Færre nattlige tilsynsbesøk', value: 3, unit: 'timer per uke' },
      { category: 'USER_INDEPENDENCE', description: 'Brukerne sover uforstyrret og kan bo trygt hjemme lenger' },
    ],
    status: 'PUBLISHED',
    daysAgo: 95,
  },
  {
    municipality: 'asker',
    by: 2,
    title: 'Superbrukere med fast tid i turnus',
    summary:
      'Hver vakt har en navngitt superbruker med en fast halvtime til veiledning. Oversikten henger på vaktrommet.',
    problem: 'Superbrukerne hjalp kolleger i tillegg til vanlige oppgaver og ble slitne.',
    solution: 'Vi ga superbrukerne en fast halvtime per vakt og laget en felles oversikt over hvem som kan hva.',
    technology: ['Medisindispenser', 'Fallsensor'],
    lessons: 'Tiden må stå i turnus, ellers forsvinner den i travle dager.',
    trainingTips: 'Superbrukerne samles en gang i måneden på tvers av sonene.',
    gains: [
      { category: 'STAFF_MASTERY', description: 'Superbrukerne sier rollen er tydeligere og mindre slitsom' },
      {
        category: 'RESOURCE_USE',
        description: 'Mindre tid brukt på å lete etter hjelp',
        value: 1.5,
        unit: 'timer per uke',
      },
    ],
    status: 'PUBLISHED',
    daysAgo: 12,
    fromSuggestion: SUPER_USER_SUGGESTION,
  },
  {
    municipality: 'kongsberg',
    by: 4,
    title: 'Digital hjemmeoppfølging av brukere med KOLS',
    summary:
      'Åtte brukere med KOLS måler oksygenmetning og puls selv på nettbrett. Vi følger dem opp digitalt mellom besøkene og fanger opp forverring tidligere.',
    problem: 'Forverring ble ofte oppdaget sent, og flere brukere ble lagt inn akutt.',
    solution:
      'Sammen med fastlegene laget vi en plan for hver bruker. Målingene kommer inn i oppfølgingsløsningen, og sykepleier ringer når verdiene går over grensene.',
    technology: ['Digital hjemmeoppfølging', 'Nettbrett'],
    lessons: 'Avklar med fastlegene tidlig hvem som gjør hva når verdiene er dårlige.',
    trainingTips: 'Brukerne lærte best med en pårørende til stede første gang.',
    gains: [
      {
        category: 'RESOURCE_USE',
        description: 'Færre akuttinnleggelser sparte om lag 150 000 kr per år',
        value: 150000,
        unit: 'kr per år',
      },
      { category: 'USER_INDEPENDENCE', description: 'Brukere som følger med på egen helse', value: 8, unit: 'antall' },
      { category: 'PATIENT_SAFETY_QUALITY', description: 'Forverring oppdages tidligere' },
    ],
    status: 'PUBLISHED',
    daysAgo: 65,
  },
  {
    municipality: 'kongsberg',
    by: 4,
    title: 'Superbrukernettverk på tvers av sonene',
    summary:
      'Superbrukerne i alle sonene har en felles oversikt og møtes månedlig, så ingen står alene med nytt utstyr.',
    problem: 'Hver sone hadde sine egne superbrukere, og ingen visste hvem de andre var.',
    solution: 'En felles oversikt over superbrukere på alle vakter, og et månedlig møte der de deler erfaringer.',
    technology: ['Medisindispenser', 'Digital hjemmeoppfølging'],
    lessons: 'Et kort fast møte er bedre enn lange kurs.',
    trainingTips: 'Ta med et nytt tips fra hver sone til hvert møte.',
    gains: [{ category: 'STAFF_MASTERY', description: 'Superbrukere i nettverket', value: 11, unit: 'antall' }],
    status: 'PUBLISHED',
    daysAgo: 9,
    fromSuggestion: SUPER_USER_SUGGESTION,
  },
  {
    municipality: 'lier',
    by: 2,
    title: 'Fast e-læringstime i turnus',
    summary:
      'En fast time i måneden til e-læring i arbeidstiden gjorde at nesten alle fullførte grunnkurset i velferdsteknologi.',
    problem:
      'Ansatte ble bedt om å ta e-læring, men det var ikke satt av tid. Mange tok kursene hjemme eller hoppet over dem.',
    solution: 'Vi la inn én time i måneden i turnus, på rolige dagvakter, med et stille rom og en PC.',
    technology: ['E-læring'],
    lessons: 'Legg timen til rolige perioder, og la ansatte ta kurset sammen to og to.',
    trainingTips: 'Begynn med kurset om medisindispenser; det er det folk har mest bruk for.',
    gains: [
      {
        category: 'STAFF_MASTERY',
        description: 'Andel ansatte som har fullført grunnkurset',
        value: 92,
        unit: 'prosent',
      },
      { category: 'STAFF_MASTERY', description: 'Ansatte sier de er tryggere på teknologien' },
    ],
    status: 'PUBLISHED',
    daysAgo: 32,
  },
  {
    municipality: 'lier',
    by: 4,
    title: 'Oversikt over superbrukere på vaktrommet',
    summary: 'En tavle på vaktrommet viser hvem som er superbruker på hvilken teknologi på hver vakt.',
    problem: 'Vikarer visste ikke hvem de skulle spørre om dispensere og sensorer.',
    solution: 'En tavle på vaktrommet og en kopi i turnusprogrammet, oppdatert hver turnusperiode.',
    technology: ['Medisindispenser', 'Fallsensor'],
    lessons: 'Vikarene var de som hadde mest nytte av oversikten.',
    trainingTips: 'Gå gjennom tavla på første vakt for alle nye og vikarer.',
    gains: [
      { category: 'STAFF_MASTERY', description: 'Vikarer finner raskt hjelp' },
      {
        category: 'RESOURCE_USE',
        description: 'Mindre tid brukt på å lete etter hjelp',
        value: 1,
        unit: 'timer per uke',
      },
    ],
    status: 'PUBLISHED',
    daysAgo: 7,
    fromSuggestion: SUPER_USER_SUGGESTION,
  },
];

export const DEMO_ADOPTIONS: DemoAdoption[] = [
  {
    story: 'Medisindispenser ga færre glemte doser og kortere morgenrunder',
    municipality: 'lier',
    by: 1,
    daysAgo: 100,
    answers: [
      {
        afterDays: 5,
        status: 'ACCEPTED',
        message: 'Godt forslag! Vi starter med fem brukere og lærer av Drammen. Jeg tar kontakt med dem.',
      },
      {
        afterDays: 20,
        status: 'IN_PROGRESS',
        message: 'Dispenserne er bestilt, og to superbrukere har fått opplæring av Drammen.',
      },
    ],
  },
  {
    story: 'Medisindispenser ga færre glemte doser og kortere morgenrunder',
    municipality: 'asker',
    by: 0,
    daysAgo: 40,
    answers: [
      {
        afterDays: 4,
        status: 'UNDER_REVIEW',
        message: 'Takk! Vi ser på hvilke brukere som kan passe, og kommer tilbake etter ledermøtet.',
      },
    ],
  },
  {
    story: 'Fallsensor på soverommet ga raskere hjelp om natta',
    municipality: 'kongsberg',
    by: 0,
    daysAgo: 4,
    answers: [],
  },
  {
    story: 'Digital hjemmeoppfølging av brukere med KOLS',
    municipality: 'drammen',
    by: 1,
    daysAgo: 25,
    answers: [
      {
        afterDays: 6,
        status: 'ACCEPTED',
        message: 'Vi prøver dette med brukerne med KOLS i sone nord, sammen med Kongsberg sin plan.',
      },
    ],
  },
  {
    story: 'Fast e-læringstime i turnus',
    municipality: 'asker',
    by: 1,
    daysAgo: 28,
    answers: [
      { afterDays: 2, status: 'ACCEPTED', message: 'Enig, dette gjør vi. Timen legges inn fra neste turnusperiode.' },
      {
        afterDays: 6,
        status: 'IN_PROGRESS',
        message: 'Turnusen er endret, og rommet ved siden av vaktrommet er satt av.',
      },
      {
        afterDays: 20,
        status: 'IMPLEMENTED',
        message: 'Alle har nå en fast e-læringstime i måneden. Takk for at du løftet dette!',
      },
    ],
  },
];
