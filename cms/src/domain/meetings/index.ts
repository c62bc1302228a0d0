// The meetings domain (三会一课, 主题党日, 组织生活会, 小村说事日): pure rules, no Strapi.
export * from './days';
export * from './periods';
export * from './fractions';
export * from './labels';
export * from './rules';
export * from './compliance';
export * from './attendance';
export * from './quorum';
export * from './rates';
export * from './points-diff';
export * from './finalise';
export * from './theme-day-round';
export * from './theme-day-ranking';
export * from './record';
export * from './matrix';
