package sqlstore_test

import (
	"context"
	"database/sql"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
)

// A program that already has a *sql.DB (from any driver it registered) hands
// it to New, with the tables in a schema of their own. This package links no
// driver, so this example compiles but does not run; the runnable examples
// live in the drivertest module, which links the drivers.
func ExampleNew() {
	ctx := context.Background()
	db, err := sql.Open("pgx", "postgres://app@db.internal/app?sslmode=verify-full")
	if err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(sqlstore.DefaultPoolSize)
	db.SetMaxIdleConns(sqlstore.DefaultPoolSize)
	store, err := sqlstore.New(ctx, db, sqlstore.Postgres, &sqlstore.Options{Schema: "mailreconnect"})
	if err != nil {
		panic(err)
	}
	m := reconnect.New(store, nil)
	_ = m
}
