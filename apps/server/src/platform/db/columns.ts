import { customType } from 'drizzle-orm/pg-core';

/** Uploaded files are kept in PostgreSQL so that a backup holds everything. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
