// Every table, for drizzle-kit and the typed database handle.
export * from '../../modules/org/org.tables';
export * from '../../modules/org/calendar.tables';
export * from '../../modules/identity/identity.tables';
export * from '../../modules/audit/audit.tables';
export * from '../jobs/jobs.tables';
export * from '../../modules/notifications/notifications.tables';
export * from '../../modules/plans/plans.tables';
export * from '../../modules/reports/reports.tables';
export * from '../../modules/reports/requests.tables';
export * from '../../modules/reports/report-pdf.tables';
export * from '../../modules/indicators/indicators.tables';
export * from '../../modules/children/children.tables';
export * from '../../modules/children/campaigns.tables';
export * from '../../modules/children/import.tables';
export * from '../../modules/children/duplicates.tables';
