/** Stands in for kysely in the light crash writer, which never builds queries (it only needs openSqlite). */
export class Kysely {}
export class SqliteDialect {}
