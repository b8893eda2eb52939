package memstore

import (
	"context"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
)

var _ reconnect.IncidentStore = (*Store)(nil)

// ObserveIncident implements reconnect.IncidentStore: the incident guard's
// counts are shared by every Machine over the Store.
func (s *Store) ObserveIncident(ctx context.Context, o reconnect.Observation, window time.Duration) (reconnect.Incident, error) {
	return s.incidents.ObserveIncident(ctx, o, window)
}

// OpenIncident implements reconnect.IncidentStore.
func (s *Store) OpenIncident(ctx context.Context, inc reconnect.Incident) (bool, error) {
	return s.incidents.OpenIncident(ctx, inc)
}

// OpenIncidents implements reconnect.IncidentStore.
func (s *Store) OpenIncidents(ctx context.Context, now time.Time, window time.Duration) ([]reconnect.Incident, error) {
	return s.incidents.OpenIncidents(ctx, now, window)
}
