export * from './patient-identifier';
export * from './workflow';
export * from './deadlines';
export * from './working-days';
export * from './suggestion-rules';
export * from './story-rules';
export * from './organisation-import';
export * from './text-input';
