#!/bin/sh
# Offline install of __NAME__ (绩效目标表助手) into WPS for Linux, run from the built add-in folder (dist/wps):
# copies this folder to <jsaddons>/__FOLDER__/ and registers it in <jsaddons>/publish.xml, keeping other add-ins'
# entries (the old file is kept as publish.xml.bak). Quit WPS first; open a spreadsheet in WPS 表格 afterwards.
#   WPS_JSADDONS=/path/to/jsaddons sh install-wps.sh   (default: ~/.local/share/Kingsoft/wps/jsaddons)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${WPS_JSADDONS:-"$HOME/.local/share/Kingsoft/wps/jsaddons"}
entry='<jsplugin name="__NAME__" type="et" url="__FOLDER__" version="__VERSION__" enable="enable_dev" install="null" customDomain=""/>'
mkdir -p "$dir"
if [ "$here" != "$dir/__FOLDER__" ]; then
  rm -rf "$dir/__FOLDER__"
  cp -R "$here" "$dir/__FOLDER__"
fi
pub="$dir/publish.xml"
if [ -f "$pub" ] && grep -q '</jsplugins>' "$pub"; then
  cp "$pub" "$pub.bak"
  # Drop our earlier entry (any version), then add this one before </jsplugins>.
  sed -e 's#<jsplugin[^>]*name="__NAME__"[^>]*/>##g' -e "s#</jsplugins>#  $entry\\
</jsplugins>#" "$pub.bak" > "$pub"
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  %s\n</jsplugins>\n' "$entry" > "$pub"
fi
echo "Installed __FOLDER__ in $dir. Restart WPS and open a spreadsheet: the 绩效目标表 tab appears."
echo "If it does not: /opt/kingsoft/wps-office/office6/cfgs/oem.ini needs [Support] JsApiPlugin=true (as root)."
