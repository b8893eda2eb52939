package memstore_test

import (
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(*testing.T) reconnect.Store { return memstore.New() })
}

func TestZeroValueIsUsable(t *testing.T) {
	storetest.Run(t, func(*testing.T) reconnect.Store { return &memstore.Store{} })
}

func TestLeaserConformance(t *testing.T) {
	storetest.RunLeaser(t, func(*testing.T) reconnect.Store { return &memstore.Store{} })
}

func TestIncidentStoreConformance(t *testing.T) {
	storetest.RunIncidents(t, func(*testing.T) reconnect.Store { return &memstore.Store{} })
}
