export { readTitle, type TitleReading, type CareerStageEstimate } from './read-title';
export { careerStartFromTitle, YEARS_INTO_CAREER, type TitleCareerEstimate } from './career-estimate';
export { roleSegments } from './segments';
