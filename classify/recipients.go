package classify

// recipientListRules: a mail library or product refusing a recipient
// address of the message it builds ("Invalid to address", "There is an
// error in the Cc list"): the recipient's, nothing of the mailbox.
var recipientListRules = []rule{
	{id: "recipient_address_list_invalid", class: ClassRecipient,
		anyOf: p("invalid to address", "error in the cc list", "error in the bcc list", "error in the to list", "invalid cc address", "invalid bcc address"),
		doc:   "the message's To, Cc or Bcc list holds an address the library refuses"},
}
