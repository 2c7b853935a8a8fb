package configs

import (
	"strings"
	"testing"
	"time"
)

// TestInventoryContext checks the optional fields that put a plan in the
// user's context: domain, company type, the currency of the budget and a
// weekly calendar slot.
func TestInventoryContext(t *testing.T) {
	const base = "name: Kim\ntarget_role: Senior PM\nhours_per_week: 4\n"
	inv, err := LoadInventory(strings.NewReader(base+"domain: payments\ncompany_type: B2B SaaS scale-up\nbudget: 500\ncurrency: eur\ncalendar_slot: thu, tue 07:30\n"), "inv.yaml", invSkills())
	if err != nil {
		t.Fatal(err)
	}
	if inv.Domain != "payments" || inv.CompanyType != "B2B SaaS scale-up" || inv.Currency != "EUR" || inv.Budget != 500 {
		t.Errorf("got %+v", inv)
	}
	if got := inv.CalendarSlot.String(); got != "Tue Thu 07:30" || inv.CalendarSlot.Days[0] != time.Tuesday {
		t.Errorf("got slot %q; want Tue Thu 07:30", got)
	}
	for _, tt := range []struct{ field, want string }{
		{"currency: euros\n", `inv.yaml:4:11: currency: "euros" is not a currency code`},
		{"calendar_slot: someday 18:00\n", `"someday" is not a day of the week`},
		{"calendar_slot: tue 25:00\n", `"25:00" is not a time HH:MM`},
		{"calendar_slot: 18:00\n", "want days and a time"},
	} {
		_, err := LoadInventory(strings.NewReader(base+tt.field), "inv.yaml", invSkills())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v; want %q", tt.field, err, tt.want)
		}
	}
}
