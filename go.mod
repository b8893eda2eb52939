module github.com/mailreconnect/sdk

go 1.24.0
