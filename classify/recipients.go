package classify

// recipientListRules: a mail library or product refusing a recipient
// address of the message it builds ("Invalid to address", "There is an
// error in the Cc list"): the recipient's, nothing of the mailbox.
var recipientListRules = []rule{
	{id: "recipient_address_list_invalid", class: ClassRecipient,
		anyOf: p("invalid to address", "error in the cc list", "error in the bcc list", "error in the to list", "invalid cc address", "invalid bcc address"),
		doc:   "the message's To, Cc or Bcc list holds an address the library refuses"},
}

// recipientDomainRules: an address validator's verdict that the
// recipient's domain takes no mail at all (no MX or address record, or a
// null MX: RFC 7505 section 3, "the domain does not accept email").
var recipientDomainRules = []rule{
	{id: "recipient_domain_takes_no_mail", class: ClassRecipient,
		anyOf:  p("does not accept email", "does not accept mail", "doesn't accept email", "accepts no mail", "null mx", "no mx or a record", "no mx or a dsn record"),
		noneOf: p("sender", "from address", "from domain", "mail from"),
		doc:    "the recipient's domain accepts no mail (a null MX, or no MX or address record)"},
}
