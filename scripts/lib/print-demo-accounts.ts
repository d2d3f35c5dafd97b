import { DEMO_PASSWORD, demoAccounts } from "../../prisma/demo/accounts";

export function printDemoAccounts(): void {
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts) {
    console.log(`  ${account.role.padEnd(7)}  ${account.email.padEnd(40)} ${account.name} (${account.note})`);
  }
}
