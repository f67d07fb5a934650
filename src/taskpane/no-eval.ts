/**
 * §9: no eval. zod 4 compiles object parsers with `new Function` when it can; inside the add-in we turn that off
 * so the pane and the commands run under a strict Content-Security-Policy too. Import this first in every entry.
 */
import { z } from "zod";

z.config({ jitless: true });
