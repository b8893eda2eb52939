// Package drivertest holds the tests of package sqlstore that need real
// database drivers: modernc.org/sqlite and pgx's stdlib driver. It is a module
// of its own, so the core module (and every program using sqlstore) links no
// driver it did not choose. It has no importable code.
package drivertest
