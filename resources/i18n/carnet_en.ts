<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>The licence file of the fonts is missing from this installation.</source>
            <translation>The licence file of the fonts is missing from this installation.</translation>
        </message>
        <message>
            <source>BSD-style (Zetetic); sqlcipher3: zlib</source>
            <translation>BSD-style (Zetetic); sqlcipher3: zlib</translation>
        </message>
        <message>
            <source>About Carnet</source>
            <translation>About Carnet</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>A personal, encrypted logbook for peer-practice groups: co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques.</source>
            <translation>A personal, encrypted logbook for peer-practice groups: co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques.</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>&amp;Licence</translation>
        </message>
        <message>
            <source>Li&amp;braries</source>
            <translation>Li&amp;braries</translation>
        </message>
        <message>
            <source>&amp;Fonts</source>
            <translation>&amp;Fonts</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Carnet is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later).

Carnet is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: https://www.gnu.org/licenses/gpl-3.0.html</source>
            <translation>Carnet is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later).

Carnet is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: https://www.gnu.org/licenses/gpl-3.0.html</translation>
        </message>
        <message>
            <source>Carnet is built on these free libraries:</source>
            <translation>Carnet is built on these free libraries:</translation>
        </message>
        <message>
            <source>Libraries and their licences</source>
            <translation>Libraries and their licences</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>The booklet is typeset with the DejaVu Sans fonts, bundled with Carnet. DejaVu fonts: Bitstream Vera licence; DejaVu changes are in the public domain; glyphs from the Arev fonts © Tavmjong Bah. The full licence:</source>
            <translation>The booklet is typeset with the DejaVu Sans fonts, bundled with Carnet. DejaVu fonts: Bitstream Vera licence; DejaVu changes are in the public domain; glyphs from the Arev fonts © Tavmjong Bah. The full licence:</translation>
        </message>
        <message>
            <source>Licence of the DejaVu fonts</source>
            <translation>Licence of the DejaVu fonts</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>To try by this date</source>
            <translation>To try by this date</translation>
        </message>
        <message>
            <source>To try by</source>
            <translation>To try by</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>No date</translation>
        </message>
        <message>
            <source>Status of the action</source>
            <translation>Status of the action</translation>
        </message>
        <message>
            <source>Delete this action</source>
            <translation>Delete this action</translation>
        </message>
        <message>
            <source>Last follow-up (%1): %2</source>
            <translation>Last follow-up (%1): %2</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Outcome: %1</translation>
        </message>
        <message>
            <source>Nothing noted yet.</source>
            <translation>Nothing noted yet.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>What I tried</source>
            <translation>What I tried</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
    </context>
    <context>
        <name>ActionsBody</name>
        <message>
            <source>What will I try before the next session?</source>
            <translation>What will I try before the next session?</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Add the action</source>
            <translation>Add the action</translation>
        </message>
        <message>
            <source>Action “%1” deleted.</source>
            <translation>Action “%1” deleted.</translation>
        </message>
        <message>
            <source>Action “%1” deleted, with its follow-up note.</source>
            <translation>Action “%1” deleted, with its follow-up note.</translation>
        </message>
        <message numerus="yes">
            <source>Action “%1” deleted, with its %n follow-up notes.</source>
            <translation>
                <numerusform>Action “%1” deleted, with its follow-up note.</numerusform>
                <numerusform>Action “%1” deleted, with its %n follow-up notes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Undo the deletion</translation>
        </message>
        <message>
            <source>Attach a photo or a PDF…</source>
            <translation>Attach a photo or a PDF…</translation>
        </message>
        <message>
            <source>Attach a photo…</source>
            <translation>Attach a photo…</translation>
        </message>
        <message>
            <source>Attach a photo or a PDF to «%1»</source>
            <translation>Attach a photo or a PDF to «%1»</translation>
        </message>
        <message>
            <source>Paste an image</source>
            <translation>Paste an image</translation>
        </message>
        <message>
            <source>Paste an image into the documents</source>
            <translation>Paste an image into the documents</translation>
        </message>
        <message>
            <source>Keep the original size</source>
            <translation>Keep the original size</translation>
        </message>
        <message>
            <source>Photos are otherwise reduced to 2,400 pixels on their longest side. Location, camera and date are removed either way.</source>
            <translation>Photos are otherwise reduced to 2,400 pixels on their longest side. Location, camera and date are removed either way.</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Adding…</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Documents of the session</source>
            <translation>Documents of the session</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Rotate ↻</source>
            <translation>Rotate ↻</translation>
        </message>
        <message>
            <source>Turn the photo a quarter clockwise (saved)</source>
            <translation>Turn the photo a quarter clockwise (saved)</translation>
        </message>
        <message>
            <source>Caption (found by the search)</source>
            <translation>Caption (found by the search)</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Caption</translation>
        </message>
        <message>
            <source>Open with…</source>
            <translation>Open with…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>PDF, %1 MB — %2</source>
            <translation>PDF, %1 MB — %2</translation>
        </message>
        <message>
            <source>Open it with another application: « Open with… »</source>
            <translation>Open it with another application: « Open with… »</translation>
        </message>
        <message>
            <source>%1 × %2 pixels, %3 MB</source>
            <translation>%1 × %2 pixels, %3 MB</translation>
        </message>
        <message>
            <source>The photo was not turned</source>
            <translation>The photo was not turned</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Photos and PDF (%1)</source>
            <translation>Photos and PDF (%1)</translation>
        </message>
        <message>
            <source>pasted-image</source>
            <translation>pasted-image</translation>
        </message>
        <message>
            <source>The copy is NOT encrypted: anyone who can open the file can see it. Keep it somewhere private and delete it when you no longer need it.</source>
            <translation>The copy is NOT encrypted: anyone who can open the file can see it. Keep it somewhere private and delete it when you no longer need it.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>the file is empty.</translation>
        </message>
        <message>
            <source>it is not a photo (JPEG, PNG, WebP, HEIC) nor a PDF.</source>
            <translation>it is not a photo (JPEG, PNG, WebP, HEIC) nor a PDF.</translation>
        </message>
        <message>
            <source>it is damaged or incomplete (a download that did not finish?).</source>
            <translation>it is damaged or incomplete (a download that did not finish?).</translation>
        </message>
        <message>
            <source>its dimensions are too large to open safely (more than 64 million pixels).</source>
            <translation>its dimensions are too large to open safely (more than 64 million pixels).</translation>
        </message>
        <message>
            <source>HEIC photos cannot be read on this computer; export it as JPEG from the phone or the photo application.</source>
            <translation>HEIC photos cannot be read on this computer; export it as JPEG from the phone or the photo application.</translation>
        </message>
        <message>
            <source>it is not a file that can be read (a folder, a pipe or a device).</source>
            <translation>it is not a file that can be read (a folder, a pipe or a device).</translation>
        </message>
        <message>
            <source>it is already attached to this session.</source>
            <translation>it is already attached to this session.</translation>
        </message>
        <message>
            <source>it could not be read: %1.</source>
            <translation>it could not be read: %1.</translation>
        </message>
        <message>
            <source>it could not be saved in the journal: %1.</source>
            <translation>it could not be saved in the journal: %1.</translation>
        </message>
        <message>
            <source>it is %1 MB; a journal keeps files up to %2 MB. Reduce the photo or split the PDF, then attach it again.</source>
            <translation>it is %1 MB; a journal keeps files up to %2 MB. Reduce the photo or split the PDF, then attach it again.</translation>
        </message>
        <message>
            <source>kept at its full size, this %1 MB photo would weigh more than the %2 MB a journal keeps. Uncheck « Keep the original size » and attach it again.</source>
            <translation>kept at its full size, this %1 MB photo would weigh more than the %2 MB a journal keeps. Uncheck « Keep the original size » and attach it again.</translation>
        </message>
        <message>
            <source>its name says %1 but it holds %2: rename it or check where it came from.</source>
            <translation>its name says %1 but it holds %2: rename it or check where it came from.</translation>
        </message>
    </context>
    <context>
        <name>AutoStatusNote</name>
        <message>
            <source>Marked as held, since you are writing about it.</source>
            <translation>Marked as held, since you are writing about it.</translation>
        </message>
        <message>
            <source>Undo: it has not taken place yet</source>
            <translation>Undo: it has not taken place yet</translation>
        </message>
        <message>
            <source>Put the session back to planned</source>
            <translation>Put the session back to planned</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>a save has not finished</source>
            <translation>a save has not finished</translation>
        </message>
    </context>
    <context>
        <name>BookletDialog</name>
        <message>
            <source>Print the booklet</source>
            <translation>Print the booklet</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Groups in the booklet</source>
            <translation>Groups in the booklet</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Sessions in the booklet</source>
            <translation>Sessions in the booklet</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Cover</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Personal objectives</source>
            <translation>Personal objectives</translation>
        </message>
        <message>
            <source>Learnings by theme</source>
            <translation>Learnings by theme</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>Progress charts</source>
            <translation>Progress charts</translation>
        </message>
        <message>
            <source>Closing reflection</source>
            <translation>Closing reflection</translation>
        </message>
        <message>
            <source>Photos and documents of the sessions</source>
            <translation>Photos and documents of the sessions</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Replace other participants' names by their pseudonyms</source>
            <translation>Replace other participants' names by their pseudonyms</translation>
        </message>
        <message>
            <source>Leave my name off the cover</source>
            <translation>Leave my name off the cover</translation>
        </message>
        <message>
            <source>Other names to hide, separated by commas</source>
            <translation>Other names to hide, separated by commas</translation>
        </message>
        <message>
            <source>Other names to hide</source>
            <translation>Other names to hide</translation>
        </message>
        <message>
            <source>Photos and documents are printed as they are: the names they show are not replaced by pseudonyms.</source>
            <translation>Photos and documents are printed as they are: the names they show are not replaced by pseudonyms.</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Language of the booklet</source>
            <translation>Language of the booklet</translation>
        </message>
        <message>
            <source>Page count</source>
            <translation>Page count</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Create the PDF…</source>
            <translation>Create the PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>✓ Your booklet is saved</source>
            <translation>✓ Your booklet is saved</translation>
        </message>
        <message>
            <source>Where the booklet is saved</source>
            <translation>Where the booklet is saved</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Open the PDF</translation>
        </message>
        <message>
            <source>Open its folder</source>
            <translation>Open its folder</translation>
        </message>
        <message>
            <source>Back to the options</source>
            <translation>Back to the options</translation>
        </message>
        <message>
            <source>Pages: %1</source>
            <translation>Pages: %1</translation>
        </message>
        <message>
            <source>No application could open it on this computer. It is saved here: %1 — open it from your file manager.</source>
            <translation>No application could open it on this computer. It is saved here: %1 — open it from your file manager.</translation>
        </message>
        <message>
            <source>Session %1, %2 — %3</source>
            <translation>Session %1, %2 — %3</translation>
        </message>
        <message numerus="yes">
            <source>Included although not marked held (planned or missed): %n session(s) with notes or documents.</source>
            <translation>
                <numerusform>Included although not marked held (planned or missed): %n session with notes or documents.</numerusform>
                <numerusform>Included although not marked held (planned or missed): %n sessions with notes or documents.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out: %n session(s) of the period with notes or documents, because not marked held (still planned, or missed).</source>
            <translation>
                <numerusform>Left out: %n session of the period with notes or documents, because not marked held (still planned, or missed).</numerusform>
                <numerusform>Left out: %n sessions of the period with notes or documents, because not marked held (still planned, or missed).</numerusform>
            </translation>
        </message>
        <message>
            <source>Leave them out</source>
            <translation>Leave them out</translation>
        </message>
        <message>
            <source>Include them in the booklet</source>
            <translation>Include them in the booklet</translation>
        </message>
        <message>
            <source>Counting the pages…</source>
            <translation>Counting the pages…</translation>
        </message>
        <message>
            <source>Choose at least one part.</source>
            <translation>Choose at least one part.</translation>
        </message>
        <message>
            <source>Booklet</source>
            <translation>Booklet</translation>
        </message>
        <message>
            <source>carnet-de-bord.pdf</source>
            <translation>carnet-de-bord.pdf</translation>
        </message>
        <message>
            <source>Save the booklet</source>
            <translation>Save the booklet</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 page</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>The page count is not available.</source>
            <translation>The page count is not available.</translation>
        </message>
        <message>
            <source>An unexpected problem stopped the booklet (%1).</source>
            <translation>An unexpected problem stopped the booklet (%1).</translation>
        </message>
        <message>
            <source>The booklet was not created</source>
            <translation>The booklet was not created</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>Export the calendar</source>
            <translation>Export the calendar</translation>
        </message>
        <message>
            <source>Your planned sessions and the due dates of your open actions, as a calendar file (.ics) that calendar applications can import.</source>
            <translation>Your planned sessions and the due dates of your open actions, as a calendar file (.ics) that calendar applications can import.</translation>
        </message>
        <message>
            <source>This file is not encrypted, and calendars are often synchronised to a server. By default it holds the dates and neutral text only, with an alarm before each session and on each due date.</source>
            <translation>This file is not encrypted, and calendars are often synchronised to a server. By default it holds the dates and neutral text only, with an alarm before each session and on each due date.</translation>
        </message>
        <message>
            <source>Include details</source>
            <translation>Include details</translation>
        </message>
        <message>
            <source>Adds your groups' names and places, the titles of your actions and how many actions you have to review. Never the text of your notes.</source>
            <translation>Adds your groups' names and places, the titles of your actions and how many actions you have to review. Never the text of your notes.</translation>
        </message>
        <message>
            <source>Choose the file…</source>
            <translation>Choose the file…</translation>
        </message>
    </context>
    <context>
        <name>CalendarFeedKeeper</name>
        <message>
            <source>The calendar file %1 could not be updated (%2).</source>
            <translation>The calendar file %1 could not be updated (%2).</translation>
        </message>
        <message>
            <source>The calendar file %1 is not kept up to date: it is in the synced folder and is not encrypted. To keep it there, confirm it in Preferences.</source>
            <translation>The calendar file %1 is not kept up to date: it is in the synced folder and is not encrypted. To keep it there, confirm it in Preferences.</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Carried over</source>
            <translation>Carried over</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>High priority</source>
            <translation>High priority</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>This chart could not be drawn: %1</source>
            <translation>This chart could not be drawn: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckInHomeLine</name>
        <message>
            <source>Since last time</source>
            <translation>Since last time</translation>
        </message>
        <message>
            <source>Open the check-in: since last time</source>
            <translation>Open the check-in: since last time</translation>
        </message>
        <message>
            <source>For the first minutes of your next meeting: what you committed to last time, what happened, the key word you left with and the topic you bring.</source>
            <translation>For the first minutes of your next meeting: what you committed to last time, what happened, the key word you left with and the topic you bring.</translation>
        </message>
    </context>
    <context>
        <name>CheckInView</name>
        <message>
            <source>SINCE LAST TIME</source>
            <translation>SINCE LAST TIME</translation>
        </message>
        <message>
            <source>&amp;Print on one page…</source>
            <translation>&amp;Print on one page…</translation>
        </message>
        <message>
            <source>Open the &amp;last session</source>
            <translation>Open the &amp;last session</translation>
        </message>
        <message>
            <source>What I committed to</source>
            <translation>What I committed to</translation>
        </message>
        <message>
            <source>No action was decided at the last session.</source>
            <translation>No action was decided at the last session.</translation>
        </message>
        <message>
            <source>Followed up since, from earlier sessions</source>
            <translation>Followed up since, from earlier sessions</translation>
        </message>
        <message>
            <source>What I left with</source>
            <translation>What I left with</translation>
        </message>
        <message>
            <source>The topic I bring</source>
            <translation>The topic I bring</translation>
        </message>
        <message>
            <source>No group yet</source>
            <translation>No group yet</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>No session planned</translation>
        </message>
        <message>
            <source>since session %1 on %2</source>
            <translation>since session %1 on %2</translation>
        </message>
        <message>
            <source>no session held before</source>
            <translation>no session held before</translation>
        </message>
        <message>
            <source>No session held yet in this group.</source>
            <translation>No session held yet in this group.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Still open from before: %1</source>
            <translation>Still open from before: %1</translation>
        </message>
        <message>
            <source>Feeling: %1 (%2/5)</source>
            <translation>Feeling: %1 (%2/5)</translation>
        </message>
        <message>
            <source>No feeling noted after the last session.</source>
            <translation>No feeling noted after the last session.</translation>
        </message>
        <message>
            <source>No topic waiting.</source>
            <translation>No topic waiting.</translation>
        </message>
        <message>
            <source>Print the check-in</source>
            <translation>Print the check-in</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Not printed</translation>
        </message>
        <message>
            <source>The page could not be written to %1 (%2). Choose another folder.</source>
            <translation>The page could not be written to %1 (%2). Choose another folder.</translation>
        </message>
        <message>
            <source>Page saved</source>
            <translation>Page saved</translation>
        </message>
        <message>
            <source>The check-in was saved to %1.

This file is not encrypted: keep it somewhere private.

Open it now to print it?</source>
            <translation>The check-in was saved to %1.

This file is not encrypted: keep it somewhere private.

Open it now to print it?</translation>
        </message>
    </context>
    <context>
        <name>CountWords</name>
        <message>
            <source>1 group</source>
            <translation>1 group</translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 member</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message>
            <source>1 objective</source>
            <translation>1 objective</translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 session</translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>1 step note</source>
            <translation>1 step note</translation>
        </message>
        <message numerus="yes">
            <source>%n step notes</source>
            <translation>
                <numerusform>%n step note</numerusform>
                <numerusform>%n step notes</numerusform>
            </translation>
        </message>
        <message>
            <source>1 key word</source>
            <translation>1 key word</translation>
        </message>
        <message numerus="yes">
            <source>%n key words</source>
            <translation>
                <numerusform>%n key word</numerusform>
                <numerusform>%n key words</numerusform>
            </translation>
        </message>
        <message>
            <source>1 learning</source>
            <translation>1 learning</translation>
        </message>
        <message numerus="yes">
            <source>%n learnings</source>
            <translation>
                <numerusform>%n learning</numerusform>
                <numerusform>%n learnings</numerusform>
            </translation>
        </message>
        <message>
            <source>1 feeling</source>
            <translation>1 feeling</translation>
        </message>
        <message numerus="yes">
            <source>%n feelings</source>
            <translation>
                <numerusform>%n feeling</numerusform>
                <numerusform>%n feelings</numerusform>
            </translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 action</translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message>
            <source>1 action follow-up</source>
            <translation>1 action follow-up</translation>
        </message>
        <message numerus="yes">
            <source>%n action follow-ups</source>
            <translation>
                <numerusform>%n action follow-up</numerusform>
                <numerusform>%n action follow-ups</numerusform>
            </translation>
        </message>
        <message>
            <source>1 self-rating</source>
            <translation>1 self-rating</translation>
        </message>
        <message numerus="yes">
            <source>%n self-ratings</source>
            <translation>
                <numerusform>%n self-rating</numerusform>
                <numerusform>%n self-ratings</numerusform>
            </translation>
        </message>
        <message>
            <source>1 topic to bring</source>
            <translation>1 topic to bring</translation>
        </message>
        <message numerus="yes">
            <source>%n topics to bring</source>
            <translation>
                <numerusform>%n topic to bring</numerusform>
                <numerusform>%n topics to bring</numerusform>
            </translation>
        </message>
        <message>
            <source>1 photo or document</source>
            <translation>1 photo or document</translation>
        </message>
        <message numerus="yes">
            <source>%n photos or documents</source>
            <translation>
                <numerusform>%n photo or document</numerusform>
                <numerusform>%n photos or documents</numerusform>
            </translation>
        </message>
        <message>
            <source>the owner's name</source>
            <translation>the owner's name</translation>
        </message>
        <message>
            <source>1 journal setting</source>
            <translation>1 journal setting</translation>
        </message>
        <message numerus="yes">
            <source>%n journal settings</source>
            <translation>
                <numerusform>%n journal setting</numerusform>
                <numerusform>%n journal settings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DamageBanner</name>
        <message>
            <source>Carnet found damage in this journal (%1). To protect what is left, it is read-only: nothing you change now is saved.</source>
            <translation>Carnet found damage in this journal (%1). To protect what is left, it is read-only: nothing you change now is saved.</translation>
        </message>
        <message>
            <source>integrity check</source>
            <translation>integrity check</translation>
        </message>
        <message>
            <source>Restore the latest valid backup…</source>
            <translation>Restore the latest valid backup…</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>“%1” is not a date this field can take: it keeps “%2”.</source>
            <translation>“%1” is not a date this field can take: it keeps “%2”.</translation>
        </message>
    </context>
    <context>
        <name>Emotion</name>
        <message>
            <source>joy</source>
            <translation>joy</translation>
        </message>
        <message>
            <source>confidence</source>
            <translation>confidence</translation>
        </message>
        <message>
            <source>serenity</source>
            <translation>serenity</translation>
        </message>
        <message>
            <source>curiosity</source>
            <translation>curiosity</translation>
        </message>
        <message>
            <source>pride</source>
            <translation>pride</translation>
        </message>
        <message>
            <source>gratitude</source>
            <translation>gratitude</translation>
        </message>
        <message>
            <source>relief</source>
            <translation>relief</translation>
        </message>
        <message>
            <source>surprise</source>
            <translation>surprise</translation>
        </message>
        <message>
            <source>worry</source>
            <translation>worry</translation>
        </message>
        <message>
            <source>frustration</source>
            <translation>frustration</translation>
        </message>
        <message>
            <source>anger</source>
            <translation>anger</translation>
        </message>
        <message>
            <source>sadness</source>
            <translation>sadness</translation>
        </message>
        <message>
            <source>tiredness</source>
            <translation>tiredness</translation>
        </message>
        <message>
            <source>fear</source>
            <translation>fear</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Write the journal as Markdown or JSON files (NOT encrypted)</source>
            <translation>Write the journal as Markdown or JSON files (NOT encrypted)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Add the content of a JSON export to this journal</source>
            <translation>Add the content of a JSON export to this journal</translation>
        </message>
        <message>
            <source>Export not written</source>
            <translation>Export not written</translation>
        </message>
        <message>
            <source>The export could not be written; nothing was left half-written.</source>
            <translation>The export could not be written; nothing was left half-written.</translation>
        </message>
        <message>
            <source>Export written — NOT encrypted</source>
            <translation>Export written — NOT encrypted</translation>
        </message>
        <message>
            <source>Your journal was exported to:
%1</source>
            <translation>Your journal was exported to:
%1</translation>
        </message>
        <message>
            <source>This export is NOT encrypted: anyone who can open it can read your journal, including what other participants confided. Keep it somewhere private and delete it when you no longer need it.</source>
            <translation>This export is NOT encrypted: anyone who can open it can read your journal, including what other participants confided. Keep it somewhere private and delete it when you no longer need it.</translation>
        </message>
        <message>
            <source>Export written (not encrypted): %1</source>
            <translation>Export written (not encrypted): %1</translation>
        </message>
        <message>
            <source>Import a Carnet export</source>
            <translation>Import a Carnet export</translation>
        </message>
        <message>
            <source>Carnet exports (*.json);;All files (*)</source>
            <translation>Carnet exports (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>File not imported</source>
            <translation>File not imported</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nothing to import</translation>
        </message>
        <message>
            <source>Everything in %1 is already in your journal. Nothing was changed.</source>
            <translation>Everything in %1 is already in your journal. Nothing was changed.</translation>
        </message>
        <message>
            <source>Added to your journal:</source>
            <translation>Added to your journal:</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Import done</translation>
        </message>
        <message>
            <source>No backup before the import</source>
            <translation>No backup before the import</translation>
        </message>
        <message>
            <source>A backup copy of your journal could not be written before the import:
%1

Import anyway? The import only adds to the journal, but it could not be undone.</source>
            <translation>A backup copy of your journal could not be written before the import:
%1

Import anyway? The import only adds to the journal, but it could not be undone.</translation>
        </message>
        <message>
            <source>The import failed and your journal was not changed.</source>
            <translation>The import failed and your journal was not changed.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the journal</source>
            <translation>Export the journal</translation>
        </message>
        <message>
            <source>Copy your journal out of Carnet: to read, print or archive it, or to move it to another computer.</source>
            <translation>Copy your journal out of Carnet: to read, print or archive it, or to move it to another computer.</translation>
        </message>
        <message>
            <source>The export is NOT encrypted: anyone who can open the files can read your journal, including what other participants confided. Keep it somewhere private and delete it when you no longer need it.</source>
            <translation>The export is NOT encrypted: anyone who can open the files can read your journal, including what other participants confided. Keep it somewhere private and delete it when you no longer need it.</translation>
        </message>
        <message>
            <source>&amp;Markdown — files to read</source>
            <translation>&amp;Markdown — files to read</translation>
        </message>
        <message>
            <source>Export as Markdown files</source>
            <translation>Export as Markdown files</translation>
        </message>
        <message>
            <source>&amp;JSON — the complete journal in one file</source>
            <translation>&amp;JSON — the complete journal in one file</translation>
        </message>
        <message>
            <source>Export as one JSON file</source>
            <translation>Export as one JSON file</translation>
        </message>
        <message>
            <source>Replace the names to mask by the &amp;pseudonyms</source>
            <translation>Replace the names to mask by the &amp;pseudonyms</translation>
        </message>
        <message>
            <source>Anonymise the Markdown export</source>
            <translation>Anonymise the Markdown export</translation>
        </message>
        <message>
            <source>Language of the headings</source>
            <translation>Language of the headings</translation>
        </message>
        <message>
            <source>&amp;Headings in:</source>
            <translation>&amp;Headings in:</translation>
        </message>
        <message>
            <source>One file per session and an index, to read, print or archive.</source>
            <translation>One file per session and an index, to read, print or archive.</translation>
        </message>
        <message>
            <source>Everything the journal holds, in a file Carnet can import again: to move or merge a journal.</source>
            <translation>Everything the journal holds, in a file Carnet can import again: to move or merge a journal.</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Not chosen yet</translation>
        </message>
        <message>
            <source>Where the export will be written</source>
            <translation>Where the export will be written</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Choose where to write the export</source>
            <translation>Choose where to write the export</translation>
        </message>
        <message>
            <source>&amp;Destination:</source>
            <translation>&amp;Destination:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Write the export</source>
            <translation>Write the export</translation>
        </message>
        <message>
            <source>Close without exporting</source>
            <translation>Close without exporting</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Choose a folder for the Markdown export</source>
            <translation>Choose a folder for the Markdown export</translation>
        </message>
        <message>
            <source>Export the journal as JSON</source>
            <translation>Export the journal as JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>The export cannot replace the journal itself. Choose another name.</source>
            <translation>The export cannot replace the journal itself. Choose another name.</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Replace the file?</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it with the export?</source>
            <translation>%1 already exists. Replace it with the export?</translation>
        </message>
    </context>
    <context>
        <name>FeelingRow</name>
        <message>
            <source>Feeling before the session</source>
            <translation>Feeling before the session</translation>
        </message>
        <message>
            <source>Feeling after the session</source>
            <translation>Feeling after the session</translation>
        </message>
        <message>
            <source>Choose an emotion…</source>
            <translation>Choose an emotion…</translation>
        </message>
        <message>
            <source>Intensity before the session</source>
            <translation>Intensity before the session</translation>
        </message>
        <message>
            <source>Intensity after the session</source>
            <translation>Intensity after the session</translation>
        </message>
        <message>
            <source>Intensity, from 1 (barely) to 5 (intensely)</source>
            <translation>Intensity, from 1 (barely) to 5 (intensely)</translation>
        </message>
        <message>
            <source>In a few words: what brought it about?</source>
            <translation>In a few words: what brought it about?</translation>
        </message>
        <message>
            <source>What brought this feeling about (before the session)</source>
            <translation>What brought this feeling about (before the session)</translation>
        </message>
        <message>
            <source>What brought this feeling about (after the session)</source>
            <translation>What brought this feeling about (after the session)</translation>
        </message>
        <message>
            <source>Remove this feeling</source>
            <translation>Remove this feeling</translation>
        </message>
        <message>
            <source>No emotion chosen: your words are kept, saved with “%1” until you choose another (× removes the feeling).</source>
            <translation>No emotion chosen: your words are kept, saved with “%1” until you choose another (× removes the feeling).</translation>
        </message>
        <message>
            <source>Your words are kept. Choose the emotion that goes with them.</source>
            <translation>Your words are kept. Choose the emotion that goes with them.</translation>
        </message>
    </context>
    <context>
        <name>Feelings</name>
        <message>
            <source>1 — barely</source>
            <translation>1 — barely</translation>
        </message>
        <message>
            <source>2 — a little</source>
            <translation>2 — a little</translation>
        </message>
        <message>
            <source>3 — moderately</source>
            <translation>3 — moderately</translation>
        </message>
        <message>
            <source>4 — strongly</source>
            <translation>4 — strongly</translation>
        </message>
        <message>
            <source>5 — intensely</source>
            <translation>5 — intensely</translation>
        </message>
    </context>
    <context>
        <name>FeelingsBody</name>
        <message>
            <source>Before the session</source>
            <translation>Before the session</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>After the session</translation>
        </message>
        <message>
            <source>+ Another feeling</source>
            <translation>+ Another feeling</translation>
        </message>
        <message>
            <source>Add a feeling before the session</source>
            <translation>Add a feeling before the session</translation>
        </message>
        <message>
            <source>Add a feeling after the session</source>
            <translation>Add a feeling after the session</translation>
        </message>
        <message>
            <source>Feeling “%1” deleted.</source>
            <translation>Feeling “%1” deleted.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>FileColumnsInLanguage</name>
        <message>
            <source>Carnet journal</source>
            <translation>Carnet journal</translation>
        </message>
    </context>
    <context>
        <name>FormattingBar</name>
        <message>
            <source>Formatting</source>
            <translation>Formatting</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Bold</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italic</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Bulleted list</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Numbered list</translation>
        </message>
    </context>
    <context>
        <name>GroupEditor</name>
        <message>
            <source>Name or initials</source>
            <translation>Name or initials</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>every</source>
            <translation>every</translation>
        </message>
        <message>
            <source>First session</source>
            <translation>First session</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Meets</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Sessions planned</translation>
        </message>
        <message>
            <source>Weeks or months</source>
            <translation>Weeks or months</translation>
        </message>
        <message>
            <source>Pseudonym or initials</source>
            <translation>Pseudonym or initials</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Add a member</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Confidentiality: « les contenus des échanges restent dans le cadre de la rencontre ». Refer to the other participants by a pseudonym or their initials only. Names you list to mask are replaced by the pseudonym in anything that leaves the journal (booklet, export).</source>
            <translation>Confidentiality: « les contenus des échanges restent dans le cadre de la rencontre ». Refer to the other participants by a pseudonym or their initials only. Names you list to mask are replaced by the pseudonym in anything that leaves the journal (booklet, export).</translation>
        </message>
        <message>
            <source>The rules the group agreed on at its first meeting.</source>
            <translation>The rules the group agreed on at its first meeting.</translation>
        </message>
        <message>
            <source>Suggest the format's principles</source>
            <translation>Suggest the format's principles</translation>
        </message>
        <message>
            <source>Add an objective</source>
            <translation>Add an objective</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Remove this group…</source>
            <translation>Remove this group…</translation>
        </message>
        <message>
            <source>The group</source>
            <translation>The group</translation>
        </message>
        <message>
            <source>Rhythm</source>
            <translation>Rhythm</translation>
        </message>
        <message>
            <source>End of the cycle</source>
            <translation>End of the cycle</translation>
        </message>
        <message>
            <source>Remove the objective</source>
            <translation>Remove the objective</translation>
        </message>
        <message>
            <source>“%1” is rated at 1 session. Removing it deletes that rating and the words written beside it. Remove it?</source>
            <translation>“%1” is rated at 1 session. Removing it deletes that rating and the words written beside it. Remove it?</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is rated at %n sessions. Removing it deletes those ratings and the words written beside them. Remove it?</source>
            <translation>
                <numerusform>“%1” is rated at %n session. Removing it deletes that rating and the words written beside it. Remove it?</numerusform>
                <numerusform>“%1” is rated at %n sessions. Removing it deletes those ratings and the words written beside them. Remove it?</numerusform>
            </translation>
        </message>
        <message>
            <source>Unnamed group</source>
            <translation>Unnamed group</translation>
        </message>
        <message>
            <source>the group was not saved</source>
            <translation>the group was not saved</translation>
        </message>
        <message>
            <source>Clear the form?</source>
            <translation>Clear the form?</translation>
        </message>
        <message>
            <source>Everything typed for this new group will be erased.</source>
            <translation>Everything typed for this new group will be erased.</translation>
        </message>
        <message>
            <source>The group was not saved: %1.</source>
            <translation>The group was not saved: %1.</translation>
        </message>
        <message>
            <source>Bring this group back</source>
            <translation>Bring this group back</translation>
        </message>
        <message>
            <source>This group is archived: greyed in the list, no longer proposed on Home, in Préparer or in Progression. Everything in it is kept, and printed in your booklets.</source>
            <translation>This group is archived: greyed in the list, no longer proposed on Home, in Préparer or in Progression. Everything in it is kept, and printed in your booklets.</translation>
        </message>
        <message>
            <source>Archive this group</source>
            <translation>Archive this group</translation>
        </message>
        <message>
            <source>When the cycle ends, archive the group: it stays in your journal and your booklets, greyed in the list, and is no longer proposed elsewhere. A group made by mistake, with nothing written in it, can be removed.</source>
            <translation>When the cycle ends, archive the group: it stays in your journal and your booklets, greyed in the list, and is no longer proposed elsewhere. A group made by mistake, with nothing written in it, can be removed.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) of this group are still open: Préparer lists them under « All groups », and its sessions' pages show them.</source>
            <translation>
                <numerusform>%n action of this group are still open: Préparer lists them under « All groups », and its sessions' pages show them.</numerusform>
                <numerusform>%n actions of this group are still open: Préparer lists them under « All groups », and its sessions' pages show them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) to bring are still waiting in it: Préparer › « Topics to bring », « All groups ».</source>
            <translation>
                <numerusform>%n topic to bring are still waiting in it: Préparer › « Topics to bring », « All groups ».</numerusform>
                <numerusform>%n topics to bring are still waiting in it: Préparer › « Topics to bring », « All groups ».</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” still holds:</source>
            <translation>“%1” still holds:</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n other</numerusform>
                <numerusform>%n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s): %1</source>
            <translation>
                <numerusform>%n open action: %1</numerusform>
                <numerusform>%n open actions: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) still to bring</source>
            <translation>
                <numerusform>%n topic still to bring</numerusform>
                <numerusform>%n topics still to bring</numerusform>
            </translation>
        </message>
        <message>
            <source>Archived, the group keeps them as they are, but they leave Home and the reminders: its planned sessions are no longer announced. Préparer still lists its open actions and topics under « All groups », and “Bring this group back” undoes the archiving.</source>
            <translation>Archived, the group keeps them as they are, but they leave Home and the reminders: its planned sessions are no longer announced. Préparer still lists its open actions and topics under « All groups », and “Bring this group back” undoes the archiving.</translation>
        </message>
        <message>
            <source>Save your changes first: %1</source>
            <translation>Save your changes first: %1</translation>
        </message>
        <message>
            <source>Archive this group?</source>
            <translation>Archive this group?</translation>
        </message>
        <message>
            <source>Archive it anyway?</source>
            <translation>Archive it anyway?</translation>
        </message>
        <message>
            <source>This group cannot be removed</source>
            <translation>This group cannot be removed</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n action(s) on the former date(s)</source>
            <translation>
                <numerusform>Keep %n action on the former date</numerusform>
                <numerusform>Keep %n actions on the former dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s) due at the moved sessions followed them to their new dates.</source>
            <translation>
                <numerusform>%n open action due at the moved sessions followed them to their new dates.</numerusform>
                <numerusform>%n open actions due at the moved sessions followed them to their new dates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s) beyond session %1, with nothing in them, were removed.</source>
            <translation>
                <numerusform>%n planned session beyond session %1, with nothing in them, were removed.</numerusform>
                <numerusform>%n planned sessions beyond session %1, with nothing in them, were removed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s) beyond session %1 hold something and stay (« Remove this session… » on its page removes one).</source>
            <translation>
                <numerusform>%n planned session beyond session %1 hold something and stay (« Remove this session… » on its page removes one).</numerusform>
                <numerusform>%n planned sessions beyond session %1 hold something and stay (« Remove this session… » on its page removes one).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due on their former dates again.</source>
            <translation>
                <numerusform>%n action due on their former dates again.</numerusform>
                <numerusform>%n actions due on their former dates again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) of “%1” hold what you wrote: the group cannot be removed, so that nothing you wrote is lost.</source>
            <translation>
                <numerusform>%n session of “%1” holds what you wrote: the group cannot be removed, so that nothing you wrote is lost.</numerusform>
                <numerusform>%n sessions of “%1” hold what you wrote: the group cannot be removed, so that nothing you wrote is lost.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove “%1”?</source>
            <translation>Remove “%1”?</translation>
        </message>
        <message>
            <source>Archive it instead? It stays in your journal and your booklets, out of the way.</source>
            <translation>Archive it instead? It stays in your journal and your booklets, out of the way.</translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s), the next on %1</source>
            <translation>
                <numerusform>%n planned session, on %1</numerusform>
                <numerusform>%n planned sessions, the next on %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Its %n planned session(s), with nothing written in them, its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</source>
            <translation>
                <numerusform>Its %n planned session, with nothing written in it, its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</numerusform>
                <numerusform>Its %n planned sessions, with nothing written in them, its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</source>
            <translation>Its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>This cannot be undone.</translation>
        </message>
        <message>
            <source>Remove the group</source>
            <translation>Remove the group</translation>
        </message>
        <message>
            <source>Something was written in this group meanwhile: it was not removed.</source>
            <translation>Something was written in this group meanwhile: it was not removed.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Ground rules</source>
            <translation>Ground rules</translation>
        </message>
        <message>
            <source>What you want to develop over this cycle. You rate them at each session; double-click to reword one.</source>
            <translation>What you want to develop over this cycle. You rate them at each session; double-click to reword one.</translation>
        </message>
        <message>
            <source>My objectives for the cycle</source>
            <translation>My objectives for the cycle</translation>
        </message>
        <message>
            <source>e.g. Managers’ co-development group</source>
            <translation>e.g. Managers’ co-development group</translation>
        </message>
        <message>
            <source>Names to mask</source>
            <translation>Names to mask</translation>
        </message>
        <message>
            <source>Names to mask, separated by commas: the booklet and the exports can replace them by the pseudonym</source>
            <translation>Names to mask, separated by commas: the booklet and the exports can replace them by the pseudonym</translation>
        </message>
        <message>
            <source>week</source>
            <translation>week</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>Create the group</source>
            <translation>Create the group</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>New objective</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>From %1 to %2.</source>
            <translation>From %1 to %2.</translation>
        </message>
        <message>
            <source>Changing the first date or the rhythm moves the sessions still planned; sessions held stay where they are.</source>
            <translation>Changing the first date or the rhythm moves the sessions still planned; sessions held stay where they are.</translation>
        </message>
        <message>
            <source>Give the group a name.</source>
            <translation>Give the group a name.</translation>
        </message>
        <message>
            <source>Choose the group's format.</source>
            <translation>Choose the group's format.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Carnet user's guide</source>
            <translation>Carnet user's guide</translation>
        </message>
        <message>
            <source>Contents of the guide</source>
            <translation>Contents of the guide</translation>
        </message>
        <message>
            <source>User's guide</source>
            <translation>User's guide</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Close the guide</translation>
        </message>
        <message>
            <source>The guide is missing from this installation of Carnet.</source>
            <translation>The guide is missing from this installation of Carnet.</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>&amp;User's guide</source>
            <translation>&amp;User's guide</translation>
        </message>
        <message>
            <source>How to keep your logbook with Carnet</source>
            <translation>How to keep your logbook with Carnet</translation>
        </message>
        <message>
            <source>&amp;About Carnet</source>
            <translation>&amp;About Carnet</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Next session</source>
            <translation>Next session</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Open the session</translation>
        </message>
        <message>
            <source>Actions to review before then</source>
            <translation>Actions to review before then</translation>
        </message>
        <message>
            <source>Topics to bring</source>
            <translation>Topics to bring</translation>
        </message>
        <message>
            <source>Start with your group</source>
            <translation>Start with your group</translation>
        </message>
        <message>
            <source>Describe the group you take part in — its format, its rhythm, its members' pseudonyms — and Carnet plans its sessions for you.</source>
            <translation>Describe the group you take part in — its format, its rhythm, its members' pseudonyms — and Carnet plans its sessions for you.</translation>
        </message>
        <message>
            <source>Create a group…</source>
            <translation>Create a group…</translation>
        </message>
        <message>
            <source>Your groups' cycles are over</source>
            <translation>Your groups' cycles are over</translation>
        </message>
        <message>
            <source>Create a group for a new cycle…</source>
            <translation>Create a group for a new cycle…</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>Hello</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) archived: %1. Their sessions and everything you wrote stay in the list of sessions, in search and in the booklet. For a new cycle, create its group; “Reactivate this group”, on an archived group's page, brings one back.</source>
            <translation>
                <numerusform>%n group archived: %1. Its sessions and everything you wrote stay in the list of sessions, in search and in the booklet. For a new cycle, create its group; “Reactivate this group”, on an archived group's page, brings it back.</numerusform>
                <numerusform>%n groups archived: %1. Their sessions and everything you wrote stay in the list of sessions, in search and in the booklet. For a new cycle, create its group; “Reactivate this group”, on an archived group's page, brings one back.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) are still open in them: Préparer lists them under « All groups ».</source>
            <translation>
                <numerusform>%n action are still open in them: Préparer lists them under « All groups ».</numerusform>
                <numerusform>%n actions are still open in them: Préparer lists them under « All groups ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Your next session is %1: a good moment to review your action plan and note what happened.</source>
            <translation>Your next session is %1: a good moment to review your action plan and note what happened.</translation>
        </message>
        <message>
            <source>The same day: %1</source>
            <translation>The same day: %1</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>No session planned</translation>
        </message>
        <message>
            <source>Add a session to a group with Ctrl+N.</source>
            <translation>Add a session to a group with Ctrl+N.</translation>
        </message>
        <message>
            <source>My role: %1</source>
            <translation>My role: %1</translation>
        </message>
        <message>
            <source>No open action due by then.</source>
            <translation>No open action due by then.</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>overdue since %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waiting. Note a situation when one comes up.</source>
            <translation>Nothing waiting. Note a situation when one comes up.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import a Carnet export</source>
            <translation>Import a Carnet export</translation>
        </message>
        <message>
            <source>Importing %1 will add to your journal:</source>
            <translation>Importing %1 will add to your journal:</translation>
        </message>
        <message>
            <source>Exported on %1.</source>
            <translation>Exported on %1.</translation>
        </message>
        <message>
            <source>Groups in this file: %1.</source>
            <translation>Groups in this file: %1.</translation>
        </message>
        <message>
            <source>What the import will add</source>
            <translation>What the import will add</translation>
        </message>
        <message>
            <source>1 item is already in your journal and stays as it is.</source>
            <translation>1 item is already in your journal and stays as it is.</translation>
        </message>
        <message numerus="yes">
            <source>%n items are already in your journal and stay as they are.</source>
            <translation>
                <numerusform>%n item is already in your journal and stays as it is.</numerusform>
                <numerusform>%n items are already in your journal and stay as they are.</numerusform>
            </translation>
        </message>
        <message>
            <source>Differences kept as in your journal</source>
            <translation>Differences kept as in your journal</translation>
        </message>
        <message>
            <source>Importing only adds: nothing in your journal is replaced or deleted. An encrypted backup copy of your journal is written first.</source>
            <translation>Importing only adds: nothing in your journal is replaced or deleted. An encrypted backup copy of your journal is written first.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Import into the journal</source>
            <translation>Import into the journal</translation>
        </message>
        <message>
            <source>Close without importing</source>
            <translation>Close without importing</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>Objectives, feelings, key words and actions over the cycle</source>
            <translation>Objectives, feelings, key words and actions over the cycle</translation>
        </message>
        <message>
            <source>Pro&amp;gress</source>
            <translation>Pro&amp;gress</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Search the journal</translation>
        </message>
        <message>
            <source>T&amp;hemes and tags</source>
            <translation>T&amp;hemes and tags</translation>
        </message>
        <message>
            <source>Everything filed under a theme or a tag</source>
            <translation>Everything filed under a theme or a tag</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>T&amp;imeline</translation>
        </message>
        <message>
            <source>Every session of every group, month by month</source>
            <translation>Every session of every group, month by month</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a synced journal</source>
            <translation>Join a synced journal</translation>
        </message>
        <message>
            <source>Open on this device the journal you keep on another one. On that device, Edit › Sync… must sync it through a folder your sync tool brings here too. Carnet builds a new journal file from that folder; it opens with the same passphrase.</source>
            <translation>Open on this device the journal you keep on another one. On that device, Edit › Sync… must sync it through a folder your sync tool brings here too. Carnet builds a new journal file from that folder; it opens with the same passphrase.</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Synced folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Choose the synced folder</translation>
        </message>
        <message>
            <source>Passphrase of the journal</source>
            <translation>Passphrase of the journal</translation>
        </message>
        <message>
            <source>The same as on your other devices</source>
            <translation>The same as on your other devices</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>New journal file on this device</source>
            <translation>New journal file on this device</translation>
        </message>
        <message>
            <source>Cho&amp;ose…</source>
            <translation>Cho&amp;ose…</translation>
        </message>
        <message>
            <source>Choose where the new journal goes</source>
            <translation>Choose where the new journal goes</translation>
        </message>
        <message>
            <source>On this computer's own disk, never inside the synced folder.</source>
            <translation>On this computer's own disk, never inside the synced folder.</translation>
        </message>
        <message>
            <source>Building the journal</source>
            <translation>Building the journal</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>Synced &amp;folder:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;New journal:</source>
            <translation>&amp;New journal:</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Join</translation>
        </message>
        <message>
            <source>New journal</source>
            <translation>New journal</translation>
        </message>
        <message>
            <source>Choose the synced folder.</source>
            <translation>Choose the synced folder.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be found (a drive or a share disconnected?).</source>
            <translation>The folder %1 cannot be found (a drive or a share disconnected?).</translation>
        </message>
        <message>
            <source>Type the journal's passphrase.</source>
            <translation>Type the journal's passphrase.</translation>
        </message>
        <message>
            <source>Choose where the new journal goes.</source>
            <translation>Choose where the new journal goes.</translation>
        </message>
        <message>
            <source>Give the new journal's full path.</source>
            <translation>Give the new journal's full path.</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name.</source>
            <translation>A file already exists at this location. Choose another name.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>The new journal must not be inside the synced folder: sync tools damage a journal file in use. Choose a place on this computer's own disk.</source>
            <translation>The new journal must not be inside the synced folder: sync tools damage a journal file in use. Choose a place on this computer's own disk.</translation>
        </message>
        <message>
            <source>Building the journal from the folder…</source>
            <translation>Building the journal from the folder…</translation>
        </message>
        <message numerus="yes">
            <source>Building the journal: %1 of %n file(s) (%3 %)…</source>
            <translation>
                <numerusform>Building the journal: %1 of %n file (%3 %)…</numerusform>
                <numerusform>Building the journal: %1 of %n files (%3 %)…</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal could not be built: %1</source>
            <translation>The journal could not be built: %1</translation>
        </message>
        <message>
            <source>Journal joined</source>
            <translation>Journal joined</translation>
        </message>
        <message>
            <source>The journal was built, but some change files could not be read yet:</source>
            <translation>The journal was built, but some change files could not be read yet:</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>JournalCopier</name>
        <message>
            <source>Save a copy of the journal</source>
            <translation>Save a copy of the journal</translation>
        </message>
        <message>
            <source>The copy %1 is written. It is encrypted and opens with the same passphrase; in it, what you write is saved.

Open the copy now?</source>
            <translation>The copy %1 is written. It is encrypted and opens with the same passphrase; in it, what you write is saved.

Open the copy now?</translation>
        </message>
        <message>
            <source>Copy written</source>
            <translation>Copy written</translation>
        </message>
        <message>
            <source>Carnet cannot write in that folder (read-only, or not allowed)</source>
            <translation>Carnet cannot write in that folder (read-only, or not allowed)</translation>
        </message>
        <message>
            <source>that is the journal itself</source>
            <translation>that is the journal itself</translation>
        </message>
        <message>
            <source>Copy not written</source>
            <translation>Copy not written</translation>
        </message>
        <message>
            <source>The copy was not written: %1. Nothing was changed; choose another place.</source>
            <translation>The copy was not written: %1. Nothing was changed; choose another place.</translation>
        </message>
    </context>
    <context>
        <name>KeywordBody</name>
        <message>
            <source>One word</source>
            <translation>One word</translation>
        </message>
        <message>
            <source>Key word of the closing round</source>
            <translation>Key word of the closing round</translation>
        </message>
        <message>
            <source>A key word is best short: a word, or a few. Yours is kept whole, as written.</source>
            <translation>A key word is best short: a word, or a few. Yours is kept whole, as written.</translation>
        </message>
    </context>
    <context>
        <name>KeywordTimeline</name>
        <message>
            <source>Session %1, %2</source>
            <translation>Session %1, %2</translation>
        </message>
    </context>
    <context>
        <name>LearningRow</name>
        <message>
            <source>Star this learning for the booklet</source>
            <translation>Star this learning for the booklet</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Learning</translation>
        </message>
        <message>
            <source>Tags of the learning</source>
            <translation>Tags of the learning</translation>
        </message>
        <message>
            <source>Delete this learning</source>
            <translation>Delete this learning</translation>
        </message>
    </context>
    <context>
        <name>LearningsBody</name>
        <message>
            <source>A new learning, in one sentence…</source>
            <translation>A new learning, in one sentence…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>New learning</source>
            <translation>New learning</translation>
        </message>
        <message>
            <source>Add the learning</source>
            <translation>Add the learning</translation>
        </message>
        <message>
            <source>Learning “%1” deleted.</source>
            <translation>Learning “%1” deleted.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New journal…</source>
            <translation>&amp;New journal…</translation>
        </message>
        <message>
            <source>&amp;Open journal…</source>
            <translation>&amp;Open journal…</translation>
        </message>
        <message>
            <source>&amp;Print the booklet…</source>
            <translation>&amp;Print the booklet…</translation>
        </message>
        <message>
            <source>A PDF booklet of the cycle</source>
            <translation>A PDF booklet of the cycle</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Close the journal; the passphrase opens it again</source>
            <translation>Close the journal; the passphrase opens it again</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>New &amp;session</source>
            <translation>New &amp;session</translation>
        </message>
        <message>
            <source>Open the group’s planned session, or add one</source>
            <translation>Open the group’s planned session, or add one</translation>
        </message>
        <message>
            <source>Add an e&amp;xtra session</source>
            <translation>Add an e&amp;xtra session</translation>
        </message>
        <message>
            <source>A meeting outside the plan, dated today, in the group in focus</source>
            <translation>A meeting outside the plan, dated today, in the group in focus</translation>
        </message>
        <message>
            <source>New &amp;group…</source>
            <translation>New &amp;group…</translation>
        </message>
        <message>
            <source>&amp;Edit the group</source>
            <translation>&amp;Edit the group</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Home</translation>
        </message>
        <message>
            <source>Show the &amp;sidebar</source>
            <translation>Show the &amp;sidebar</translation>
        </message>
        <message>
            <source>Show the &amp;toolbar</source>
            <translation>Show the &amp;toolbar</translation>
        </message>
        <message>
            <source>&amp;About Carnet</source>
            <translation>&amp;About Carnet</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>As the system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Carnet will use this language the next time it starts.</source>
            <translation>Carnet will use this language the next time it starts.</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Search the journal</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>More buttons</translation>
        </message>
        <message>
            <source>Demonstration journal</source>
            <translation>Demonstration journal</translation>
        </message>
        <message>
            <source>Open a journal</source>
            <translation>Open a journal</translation>
        </message>
        <message>
            <source>Preparing the demonstration journal…</source>
            <translation>Preparing the demonstration journal…</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name.</source>
            <translation>A file already exists at this location. Choose another name.</translation>
        </message>
        <message>
            <source>The journal cannot be created in this folder (is it writable?). Choose another location.</source>
            <translation>The journal cannot be created in this folder (is it writable?). Choose another location.</translation>
        </message>
        <message>
            <source>This file is in use by another Carnet window.</source>
            <translation>This file is in use by another Carnet window.</translation>
        </message>
        <message>
            <source>The journal could not be created.</source>
            <translation>The journal could not be created.</translation>
        </message>
        <message>
            <source>A template could not be loaded: %1</source>
            <translation>A template could not be loaded: %1</translation>
        </message>
        <message>
            <source>Key not strengthened: the folder is read-only or the disk is full. The journal opens as before; Carnet will try again at the next unlock.</source>
            <translation>Key not strengthened: the folder is read-only or the disk is full. The journal opens as before; Carnet will try again at the next unlock.</translation>
        </message>
        <message>
            <source>Select a group or one of its sessions first.</source>
            <translation>Select a group or one of its sessions first.</translation>
        </message>
        <message>
            <source>About Carnet</source>
            <translation>About Carnet</translation>
        </message>
        <message>
            <source>Carnet %1 — a personal, encrypted logbook for peer-practice groups (co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques).</source>
            <translation>Carnet %1 — a personal, encrypted logbook for peer-practice groups (co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques).</translation>
        </message>
        <message>
            <source>The journal is damaged: it was switched to read-only.</source>
            <translation>The journal is damaged: it was switched to read-only.</translation>
        </message>
        <message>
            <source>Backup not written</source>
            <translation>Backup not written</translation>
        </message>
        <message>
            <source>The journal is saved, but its backup copy could not be written.</source>
            <translation>The journal is saved, but its backup copy could not be written.</translation>
        </message>
        <message>
            <source>Backup copy written.</source>
            <translation>Backup copy written.</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>The daily backup could not be written: %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>✓ Saved</source>
            <translation>✓ Saved</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Your last change could not be saved; it stays on screen.</source>
            <translation>Your last change could not be saved; it stays on screen.</translation>
        </message>
        <message>
            <source>Reason: %1.</source>
            <translation>Reason: %1.</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Other version · %1</source>
            <translation>Other version · %1</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>Open link?</translation>
        </message>
        <message>
            <source>Open this address outside Carnet?

%1</source>
            <translation>Open this address outside Carnet?

%1</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Show the text formatted: **bold**, *italic*, - lists, &gt; quotes</source>
            <translation>Show the text formatted: **bold**, *italic*, - lists, &gt; quotes</translation>
        </message>
        <message>
            <source>This text holds another version, written at the same time on another device and brought by a sync or an import (%1): it follows the line « Other version ». Keep what you want and delete the rest.</source>
            <translation>This text holds another version, written at the same time on another device and brought by a sync or an import (%1): it follows the line « Other version ». Keep what you want and delete the rest.</translation>
        </message>
        <message numerus="yes">
            <source>This text holds %n other versions, written at the same time on other devices and brought by a sync or an import (%1): each follows a line « Other version ». Keep what you want and delete the rest.</source>
            <translation>
                <numerusform>This text holds %n other version, written at the same time on another device and brought by a sync or an import (%1): it follows a line « Other version ». Keep what you want and delete the rest.</numerusform>
                <numerusform>This text holds %n other versions, written at the same time on other devices and brought by a sync or an import (%1): each follows a line « Other version ». Keep what you want and delete the rest.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Nothing written yet.</translation>
        </message>
        <message>
            <source>The preview shows the first %1 characters; the whole text is kept.</source>
            <translation>The preview shows the first %1 characters; the whole text is kept.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>The passphrase you type today</source>
            <translation>The passphrase you type today</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>A few words only you know</source>
            <translation>A few words only you know</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>The new passphrase again</translation>
        </message>
        <message>
            <source>New passphrase, again</source>
            <translation>New passphrase, again</translation>
        </message>
        <message>
            <source>Strength of the new passphrase</source>
            <translation>Strength of the new passphrase</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Again</translation>
        </message>
        <message>
            <source>The backups of this journal in %1 open with the current passphrase. After the change, should they:</source>
            <translation>The backups of this journal in %1 open with the current passphrase. After the change, should they:</translation>
        </message>
        <message>
            <source>be re-encrypted with the new passphrase (recommended)</source>
            <translation>be re-encrypted with the new passphrase (recommended)</translation>
        </message>
        <message>
            <source>be deleted</source>
            <translation>be deleted</translation>
        </message>
        <message>
            <source>Delete them if someone may know the current passphrase and you do not need these older versions.</source>
            <translation>Delete them if someone may know the current passphrase and you do not need these older versions.</translation>
        </message>
        <message>
            <source>Changing the passphrase: a backup, then the whole journal is re-encrypted. This takes a few seconds…</source>
            <translation>Changing the passphrase: a backup, then the whole journal is re-encrypted. This takes a few seconds…</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>Type the current passphrase.</translation>
        </message>
        <message>
            <source>The new passphrase is too short.</source>
            <translation>The new passphrase is too short.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>The new passphrase is the same as the current one.</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>The two new passphrases differ.</translation>
        </message>
        <message>
            <source>The two passphrases match.</source>
            <translation>The two passphrases match.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>The current passphrase is wrong. Nothing was changed; try again.</source>
            <translation>The current passphrase is wrong. Nothing was changed; try again.</translation>
        </message>
        <message>
            <source>The passphrase was not changed: the journal still opens with the current one.</source>
            <translation>The passphrase was not changed: the journal still opens with the current one.</translation>
        </message>
        <message>
            <source>This passphrase cannot be used.</source>
            <translation>This passphrase cannot be used.</translation>
        </message>
        <message>
            <source>The passphrase was changed: from now on only the new one opens the journal.</source>
            <translation>The passphrase was changed: from now on only the new one opens the journal.</translation>
        </message>
        <message>
            <source>The journal is read-only because damage was found in it. Restore a backup first, then change the passphrase.</source>
            <translation>The journal is read-only because damage was found in it. Restore a backup first, then change the passphrase.</translation>
        </message>
        <message>
            <source>The journal was locked meanwhile: unlock it with the NEW passphrase.</source>
            <translation>The journal was locked meanwhile: unlock it with the NEW passphrase.</translation>
        </message>
        <message>
            <source>The synced folder could not be reached: a new device will join with the new passphrase once this one has synced again.</source>
            <translation>The synced folder could not be reached: a new device will join with the new passphrase once this one has synced again.</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Passphrase changed</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of the journal re-encrypted: they open with the new passphrase only (in %1).</source>
            <translation>
                <numerusform>%n backup of the journal re-encrypted: it opens with the new passphrase only (in %1).</numerusform>
                <numerusform>%n backups of the journal re-encrypted: they open with the new passphrase only (in %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of the journal deleted (in %1).</source>
            <translation>
                <numerusform>%n backup of the journal deleted (in %1).</numerusform>
                <numerusform>%n backups of the journal deleted (in %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>These backups could be neither re-encrypted nor deleted: they may still open with the OLD passphrase. Delete them yourself:
%1</source>
            <translation>These backups could be neither re-encrypted nor deleted: they may still open with the OLD passphrase. Delete them yourself:
%1</translation>
        </message>
    </context>
    <context>
        <name>PastSessionRow</name>
        <message>
            <source>Open the session</source>
            <translation>Open the session</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Open %1</translation>
        </message>
        <message>
            <source>you wrote in it, but it is still marked planned</source>
            <translation>you wrote in it, but it is still marked planned</translation>
        </message>
        <message>
            <source>It took place</source>
            <translation>It took place</translation>
        </message>
        <message>
            <source>%1 took place</source>
            <translation>%1 took place</translation>
        </message>
        <message>
            <source>I was not there</source>
            <translation>I was not there</translation>
        </message>
        <message>
            <source>I was not at %1</source>
            <translation>I was not at %1</translation>
        </message>
    </context>
    <context>
        <name>PastSessionsCard</name>
        <message>
            <source>Did it take place?</source>
            <translation>Did it take place?</translation>
        </message>
        <message>
            <source>These sessions are past but still marked planned. Your answer keeps the next session, your action plan and the booklet right.</source>
            <translation>These sessions are past but still marked planned. Your answer keeps the next session, your action plan and the booklet right.</translation>
        </message>
        <message numerus="yes">
            <source>Still to answer: %n more, in orange in the list of sessions.</source>
            <translation>
                <numerusform>Still to answer: %n more, in orange in the list of sessions.</numerusform>
                <numerusform>Still to answer: %n more, in orange in the list of sessions.</numerusform>
            </translation>
        </message>
        <message>
            <source>This session is past but still marked planned. Your answer keeps the next session, your action plan and the booklet right.</source>
            <translation>This session is past but still marked planned. Your answer keeps the next session, your action plan and the booklet right.</translation>
        </message>
        <message>
            <source>The answer could not be saved: %1</source>
            <translation>The answer could not be saved: %1</translation>
        </message>
        <message>
            <source>%1 is marked held. &lt;a href='session:%2'&gt;Write about it&lt;/a&gt;</source>
            <translation>%1 is marked held. &lt;a href='session:%2'&gt;Write about it&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1 is marked missed. &lt;a href='session:%2'&gt;Open it&lt;/a&gt;</source>
            <translation>%1 is marked missed. &lt;a href='session:%2'&gt;Open it&lt;/a&gt;</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message numerus="yes">
            <source>Noted treated there: %1, the topic(s) you brought.</source>
            <translation>
                <numerusform>Noted treated there: %1, the topic you brought.</numerusform>
                <numerusform>Noted treated there: %1, the topics you brought.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep the topic(s) to bring</source>
            <translation>
                <numerusform>Keep the topic to bring</numerusform>
                <numerusform>Keep the topics to bring</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) to bring again, in Préparer.</source>
            <translation>
                <numerusform>%n topic to bring again, in Préparer.</numerusform>
                <numerusform>%n topics to bring again, in Préparer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PendingRemindersBanner</name>
        <message>
            <source>Prepare</source>
            <translation>Prepare</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
    </context>
    <context>
        <name>PreferencesAction</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>Language, auto-lock, backups, paper size, reminders</source>
            <translation>Language, auto-lock, backups, paper size, reminders</translation>
        </message>
        <message>
            <source>The new language applies the next time Carnet starts.</source>
            <translation>The new language applies the next time Carnet starts.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Same as the system (%1)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>Language of the interface</translation>
        </message>
        <message>
            <source>A new language applies the next time Carnet starts.</source>
            <translation>A new language applies the next time Carnet starts.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Lock after this many idle minutes</translation>
        </message>
        <message>
            <source>Carnet locks the journal after this many minutes without keyboard or mouse use. 0 never locks: not advised on a shared computer.</source>
            <translation>Carnet locks the journal after this many minutes without keyboard or mouse use. 0 never locks: not advised on a shared computer.</translation>
        </message>
        <message>
            <source>The default folder</source>
            <translation>The default folder</translation>
        </message>
        <message>
            <source>Default folder: %1</source>
            <translation>Default folder: %1</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>Defa&amp;ult</source>
            <translation>Defa&amp;ult</translation>
        </message>
        <message>
            <source>Use the default backup folder</source>
            <translation>Use the default backup folder</translation>
        </message>
        <message numerus="yes">
            <source> copies</source>
            <translation>
                <numerusform> copy</numerusform>
                <numerusform> copies</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of backup copies kept</source>
            <translation>Number of backup copies kept</translation>
        </message>
        <message>
            <source>An encrypted copy of the journal (same passphrase) is written the first time you open it each day and when you close it; the oldest copies beyond this number are removed. Default folder: %1</source>
            <translation>An encrypted copy of the journal (same passphrase) is written the first time you open it each day and when you close it; the oldest copies beyond this number are removed. Default folder: %1</translation>
        </message>
        <message>
            <source>A4 (21 × 29.7 cm)</source>
            <translation>A4 (21 × 29.7 cm)</translation>
        </message>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>Letter (8.5 × 11 in)</translation>
        </message>
        <message>
            <source>Default paper size of the booklet</source>
            <translation>Default paper size of the booklet</translation>
        </message>
        <message>
            <source>On the day</source>
            <translation>On the day</translation>
        </message>
        <message>
            <source>Remind me to review my actions this many days before a session</source>
            <translation>Remind me to review my actions this many days before a session</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Loc&amp;k after:</source>
            <translation>Loc&amp;k after:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>K&amp;eep:</source>
            <translation>K&amp;eep:</translation>
        </message>
        <message>
            <source>Booklet and reminders</source>
            <translation>Booklet and reminders</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <source>&amp;Remind me:</source>
            <translation>&amp;Remind me:</translation>
        </message>
        <message>
            <source>How many days before a session the home page reminds you to review your action plan.</source>
            <translation>How many days before a session the home page reminds you to review your action plan.</translation>
        </message>
        <message>
            <source>Calendar and start</source>
            <translation>Calendar and start</translation>
        </message>
        <message>
            <source>&amp;Alarm:</source>
            <translation>&amp;Alarm:</translation>
        </message>
        <message>
            <source>Calen&amp;dar file:</source>
            <translation>Calen&amp;dar file:</translation>
        </message>
        <message>
            <source>Save the preferences</source>
            <translation>Save the preferences</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Close without saving</translation>
        </message>
        <message>
            <source>Restore the default values</source>
            <translation>Restore the default values</translation>
        </message>
        <message>
            <source>The calendar file will not be kept up to date in the synced folder: choose another place for it, or Stop.</source>
            <translation>The calendar file will not be kept up to date in the synced folder: choose another place for it, or Stop.</translation>
        </message>
        <message numerus="yes">
            <source> day(s) before</source>
            <translation>
                <numerusform> day before</numerusform>
                <numerusform> days before</numerusform>
            </translation>
        </message>
        <message>
            <source>Days before a session for its alarm</source>
            <translation>Days before a session for its alarm</translation>
        </message>
        <message>
            <source>Time of the session's alarm</source>
            <translation>Time of the session's alarm</translation>
        </message>
        <message>
            <source>a&amp;t</source>
            <translation>a&amp;t</translation>
        </message>
        <message>
            <source>For the calendar file and the notifications; an action rings on its due date at 9:00.</source>
            <translation>For the calendar file and the notifications; an action rings on its due date at 9:00.</translation>
        </message>
        <message>
            <source>Rewritten after each change, for a calendar that subscribes to it. Not encrypted: dates and neutral text only.</source>
            <translation>Rewritten after each change, for a calendar that subscribes to it. Not encrypted: dates and neutral text only.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Calendar file kept up to date</source>
            <translation>Calendar file kept up to date</translation>
        </message>
        <message>
            <source>Choo&amp;se…</source>
            <translation>Choo&amp;se…</translation>
        </message>
        <message>
            <source>Choose the calendar file</source>
            <translation>Choose the calendar file</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>St&amp;op</translation>
        </message>
        <message>
            <source>Stop keeping a calendar file</source>
            <translation>Stop keeping a calendar file</translation>
        </message>
        <message>
            <source>Deta&amp;ils in the calendar: group names, action titles, how many actions to review (never your notes)</source>
            <translation>Deta&amp;ils in the calendar: group names, action titles, how many actions to review (never your notes)</translation>
        </message>
        <message>
            <source>Start Carnet when I lo&amp;g in, locked, in the system tray</source>
            <translation>Start Carnet when I lo&amp;g in, locked, in the system tray</translation>
        </message>
        <message>
            <source>On the home page, bring &amp;back something I learned before</source>
            <translation>On the home page, bring &amp;back something I learned before</translation>
        </message>
        <message>
            <source>The calendar file %1 cannot be written: its folder does not exist. Choose another place, or Stop.</source>
            <translation>The calendar file %1 cannot be written: its folder does not exist. Choose another place, or Stop.</translation>
        </message>
        <message>
            <source>The calendar file's name must end in .ics.</source>
            <translation>The calendar file's name must end in .ics.</translation>
        </message>
        <message>
            <source>%1 exists and is not a calendar file: Carnet will not replace it. Choose another name.</source>
            <translation>%1 exists and is not a calendar file: Carnet will not replace it. Choose another name.</translation>
        </message>
        <message>
            <source>The backup folder %1 does not exist. Choose an existing folder, or leave the field empty to use the default folder.</source>
            <translation>The backup folder %1 does not exist. Choose an existing folder, or leave the field empty to use the default folder.</translation>
        </message>
    </context>
    <context>
        <name>PreparationModel</name>
        <message>
            <source>Session %1 on %2</source>
            <translation>Session %1 on %2</translation>
        </message>
        <message>
            <source>Due after the next session</source>
            <translation>Due after the next session</translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 action</translation>
        </message>
        <message numerus="yes">
            <source>%n actions</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message>
            <source>was due %1 (%2)</source>
            <translation>was due %1 (%2)</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 review</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n review</numerusform>
                <numerusform>%n reviews</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>carried over</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>PrepareView</name>
        <message>
            <source>Preparing the next session</source>
            <translation>Preparing the next session</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>NEXT SESSION</source>
            <translation>NEXT SESSION</translation>
        </message>
        <message>
            <source>Preparation sheet (PDF)…</source>
            <translation>Preparation sheet (PDF)…</translation>
        </message>
        <message>
            <source>One page with your open actions and the topic you bring, to print or keep at hand</source>
            <translation>One page with your open actions and the topic you bring, to print or keep at hand</translation>
        </message>
        <message>
            <source>Add to my calendar (.ics)…</source>
            <translation>Add to my calendar (.ics)…</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Take back the follow-up just saved</source>
            <translation>Take back the follow-up just saved</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Session %1</translation>
        </message>
        <message>
            <source>Planned on %1 and not journaled yet: open it to note what happened, or mark it missed.</source>
            <translation>Planned on %1 and not journaled yet: open it to note what happened, or mark it missed.</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>No session planned</translation>
        </message>
        <message>
            <source>Plan the group's next session to see what to prepare for it.</source>
            <translation>Plan the group's next session to see what to prepare for it.</translation>
        </message>
        <message>
            <source>1 open action</source>
            <translation>1 open action</translation>
        </message>
        <message numerus="yes">
            <source>%n open actions</source>
            <translation>
                <numerusform>%n open action</numerusform>
                <numerusform>%n open actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>1 topic to bring</source>
            <translation>1 topic to bring</translation>
        </message>
        <message numerus="yes">
            <source>%n topics to bring</source>
            <translation>
                <numerusform>%n topic to bring</numerusform>
                <numerusform>%n topics to bring</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions to review (%1)</source>
            <translation>Actions to review (%1)</translation>
        </message>
        <message>
            <source>Topics to bring (%1)</source>
            <translation>Topics to bring (%1)</translation>
        </message>
        <message>
            <source>Nothing to review: no open action is due by the next session.
Your action plans are written in each session, at the step « action plan ».</source>
            <translation>Nothing to review: no open action is due by the next session.
Your action plans are written in each session, at the step « action plan ».</translation>
        </message>
        <message>
            <source>Review of « %1 » saved.</source>
            <translation>Review of « %1 » saved.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Review saved.</translation>
        </message>
        <message>
            <source>Follow-up taken back: the action is as it was.</source>
            <translation>Follow-up taken back: the action is as it was.</translation>
        </message>
        <message>
            <source>Not saved: %1.</source>
            <translation>Not saved: %1.</translation>
        </message>
        <message>
            <source>the review was not saved</source>
            <translation>the review was not saved</translation>
        </message>
        <message>
            <source>Review saved: « %1 » is closed and leaves the list.</source>
            <translation>Review saved: « %1 » is closed and leaves the list.</translation>
        </message>
        <message>
            <source>&amp;Prepare the next session</source>
            <translation>&amp;Prepare the next session</translation>
        </message>
        <message>
            <source>Review your actions and prepare the topic you bring</source>
            <translation>Review your actions and prepare the topic you bring</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Prepare</translation>
        </message>
        <message>
            <source>Export the &amp;calendar (.ics)…</source>
            <translation>Export the &amp;calendar (.ics)…</translation>
        </message>
        <message>
            <source>Planned sessions and due dates, for a calendar application (not encrypted)</source>
            <translation>Planned sessions and due dates, for a calendar application (not encrypted)</translation>
        </message>
    </context>
    <context>
        <name>ProgressTableModel</name>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>No. %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Feeling before (−5 to +5)</source>
            <translation>Feeling before (−5 to +5)</translation>
        </message>
        <message>
            <source>Feeling after (−5 to +5)</source>
            <translation>Feeling after (−5 to +5)</translation>
        </message>
        <message>
            <source>Key word</source>
            <translation>Key word</translation>
        </message>
        <message>
            <source>Actions done</source>
            <translation>Actions done</translation>
        </message>
        <message>
            <source>Actions dropped</source>
            <translation>Actions dropped</translation>
        </message>
        <message>
            <source>Actions still open</source>
            <translation>Actions still open</translation>
        </message>
        <message>
            <source>Learnings</source>
            <translation>Learnings</translation>
        </message>
        <message>
            <source>Objective: %1</source>
            <translation>Objective: %1</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>session %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Self-assessment of my objectives</source>
            <translation>Self-assessment of my objectives</translation>
        </message>
        <message>
            <source>No self-assessment yet: rate your objectives in a session's closing step.</source>
            <translation>No self-assessment yet: rate your objectives in a session's closing step.</translation>
        </message>
        <message>
            <source>Feelings before and after each session</source>
            <translation>Feelings before and after each session</translation>
        </message>
        <message>
            <source>No feeling noted yet.</source>
            <translation>No feeling noted yet.</translation>
        </message>
        <message>
            <source>Key words of the closing rounds</source>
            <translation>Key words of the closing rounds</translation>
        </message>
        <message>
            <source>Actions decided at each session</source>
            <translation>Actions decided at each session</translation>
        </message>
        <message>
            <source>No action decided yet.</source>
            <translation>No action decided yet.</translation>
        </message>
        <message>
            <source>The same numbers are in the table below.</source>
            <translation>The same numbers are in the table below.</translation>
        </message>
        <message>
            <source>All the numbers, one column per session</source>
            <translation>All the numbers, one column per session</translation>
        </message>
        <message>
            <source>One row per measure, named by its row header; one column per session held.</source>
            <translation>One row per measure, named by its row header; one column per session held.</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Group:</translation>
        </message>
        <message>
            <source>My objectives, self-assessed from 1 to 5</source>
            <translation>My objectives, self-assessed from 1 to 5</translation>
        </message>
        <message>
            <source>Feelings before and after</source>
            <translation>Feelings before and after</translation>
        </message>
        <message>
            <source>The mean of the feelings noted: pleasant ones above zero, difficult ones below.</source>
            <translation>The mean of the feelings noted: pleasant ones above zero, difficult ones below.</translation>
        </message>
        <message>
            <source>Actions decided at each session, by status</source>
            <translation>Actions decided at each session, by status</translation>
        </message>
        <message>
            <source>All the numbers</source>
            <translation>All the numbers</translation>
        </message>
        <message>
            <source>Create a group to follow your progress over its cycle.</source>
            <translation>Create a group to follow your progress over its cycle.</translation>
        </message>
        <message>
            <source>No session of this group has been held yet: the charts fill in as you journal after each session.</source>
            <translation>No session of this group has been held yet: the charts fill in as you journal after each session.</translation>
        </message>
        <message numerus="yes">
            <source>%n session held</source>
            <translation>
                <numerusform>%n session held</numerusform>
                <numerusform>%n sessions held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions held</source>
            <translation>
                <numerusform>%n session held</numerusform>
                <numerusform>%n sessions held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning</source>
            <translation>
                <numerusform>%n learning</numerusform>
                <numerusform>%n learnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learnings</source>
            <translation>
                <numerusform>%n learning</numerusform>
                <numerusform>%n learnings</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 actions done</source>
            <translation>%1 of %2 actions done</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Don't Save</source>
            <translation>Don't Save</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Close without Saving</translation>
        </message>
    </context>
    <context>
        <name>Ratings</name>
        <message>
            <source>1 — not yet</source>
            <translation>1 — not yet</translation>
        </message>
        <message>
            <source>2 — beginning</source>
            <translation>2 — beginning</translation>
        </message>
        <message>
            <source>3 — on my way</source>
            <translation>3 — on my way</translation>
        </message>
        <message>
            <source>4 — mostly there</source>
            <translation>4 — mostly there</translation>
        </message>
        <message>
            <source>5 — achieved</source>
            <translation>5 — achieved</translation>
        </message>
        <message>
            <source>Rating of «%1»</source>
            <translation>Rating of «%1»</translation>
        </message>
        <message>
            <source>Comment on «%1»</source>
            <translation>Comment on «%1»</translation>
        </message>
        <message>
            <source>What makes me say so?</source>
            <translation>What makes me say so?</translation>
        </message>
        <message>
            <source>No rating chosen: your words are kept.</source>
            <translation>No rating chosen: your words are kept.</translation>
        </message>
    </context>
    <context>
        <name>RatingsBody</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Also kept in this step's note:</source>
            <translation>Also kept in this step's note:</translation>
        </message>
        <message>
            <source>No personal objectives yet for this group. Add them in the group's settings to follow your progress here.</source>
            <translation>No personal objectives yet for this group. Add them in the group's settings to follow your progress here.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyPlaceBanner</name>
        <message>
            <source>This journal is on a medium Carnet cannot write to (a write-protected key, a read-only share or disc): it is open read-only. You can read it, search it and print it, but nothing you change is saved. To write in it, save a copy onto this computer and open the copy.</source>
            <translation>This journal is on a medium Carnet cannot write to (a write-protected key, a read-only share or disc): it is open read-only. You can read it, search it and print it, but nothing you change is saved. To write in it, save a copy onto this computer and open the copy.</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Save a copy…</translation>
        </message>
        <message>
            <source>An encrypted copy of the journal, with the same passphrase, where you choose on this computer: a backup, and a journal you can write in</source>
            <translation>An encrypted copy of the journal, with the same passphrase, where you choose on this computer: a backup, and a journal you can write in</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>Copying…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOffer</name>
        <message>
            <source>Restore the latest valid backup</source>
            <translation>Restore the latest valid backup</translation>
        </message>
        <message>
            <source>A backup from %1 opens with this passphrase and passes every check. Restoring it keeps the damaged file beside it.</source>
            <translation>A backup from %1 opens with this passphrase and passes every check. Restoring it keeps the damaged file beside it.</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>Prepare the session</source>
            <translation>Prepare the session</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Carnet will look for the newest backup of %1 that opens with the passphrase below and passes every check, then put it in place of the journal.</source>
            <translation>Carnet will look for the newest backup of %1 that opens with the passphrase below and passes every check, then put it in place of the journal.</translation>
        </message>
        <message>
            <source>Choose the backup of %1 to put in place of the journal.</source>
            <translation>Choose the backup of %1 to put in place of the journal.</translation>
        </message>
        <message>
            <source>Backups in %1</source>
            <translation>Backups in %1</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Written</translation>
        </message>
        <message>
            <source>There is no backup of this journal in this folder. The backup folder can be changed in the Preferences.</source>
            <translation>There is no backup of this journal in this folder. The backup folder can be changed in the Preferences.</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Passphrase of the backup</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Usually the journal's current passphrase: changing the passphrase re-encrypts the backups. A backup it did not re-encrypt opens with the passphrase the journal had then.</source>
            <translation>Usually the journal's current passphrase: changing the passphrase re-encrypts the backups. A backup it did not re-encrypt opens with the passphrase the journal had then.</translation>
        </message>
        <message>
            <source>This journal syncs: at its next sync, what was written since this backup — here or on your other devices — comes back into it, and the restore is undone. To keep the journal as the backup holds it, it must stop syncing.</source>
            <translation>This journal syncs: at its next sync, what was written since this backup — here or on your other devices — comes back into it, and the restore is undone. To keep the journal as the backup holds it, it must stop syncing.</translation>
        </message>
        <message>
            <source>This backup does not open with this passphrase. Type the journal's current passphrase (a passphrase change re-encrypts the backups), or, for a backup it did not re-encrypt, the one the journal had then.</source>
            <translation>This backup does not open with this passphrase. Type the journal's current passphrase (a passphrase change re-encrypts the backups), or, for a backup it did not re-encrypt, the one the journal had then.</translation>
        </message>
        <message>
            <source>The journal will be locked first. The current file is kept beside it (its name ends in “before-restore”), then the backup takes its place and opens with its own passphrase.</source>
            <translation>The journal will be locked first. The current file is kept beside it (its name ends in “before-restore”), then the backup takes its place and opens with its own passphrase.</translation>
        </message>
        <message>
            <source>Stop syncing this journal (the restore then holds)</source>
            <translation>Stop syncing this journal (the restore then holds)</translation>
        </message>
        <message>
            <source>Restore the latest valid backup</source>
            <translation>Restore the latest valid backup</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>No backup of this journal opens with this passphrase and passes the checks. Try the passphrase the journal had before, or choose a backup by hand.</source>
            <translation>No backup of this journal opens with this passphrase and passes the checks. Try the passphrase the journal had before, or choose a backup by hand.</translation>
        </message>
        <message>
            <source>This backup cannot be used; choose another one.</source>
            <translation>This backup cannot be used; choose another one.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>Open a journal first: its backups are listed here.</source>
            <translation>Open a journal first: its backups are listed here.</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>By hand</translation>
        </message>
        <message>
            <source>When closing</source>
            <translation>When closing</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Before a passphrase change</source>
            <translation>Before a passphrase change</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
    </context>
    <context>
        <name>ResurfaceCard</name>
        <message>
            <source>Open the session</source>
            <translation>Open the session</translation>
        </message>
        <message>
            <source>Another</source>
            <translation>Another</translation>
        </message>
        <message>
            <source>Show another learning from before</source>
            <translation>Show another learning from before</translation>
        </message>
        <message>
            <source>Don't show again</source>
            <translation>Don't show again</translation>
        </message>
        <message>
            <source>Preferences can show it again</source>
            <translation>Preferences can show it again</translation>
        </message>
        <message>
            <source>A year ago</source>
            <translation>A year ago</translation>
        </message>
        <message>
            <source>%1 years ago</source>
            <translation>%1 years ago</translation>
        </message>
        <message>
            <source>%1 months ago</source>
            <translation>%1 months ago</translation>
        </message>
        <message>
            <source>%1, on %2, you had learned…</source>
            <translation>%1, on %2, you had learned…</translation>
        </message>
        <message>
            <source>%1, you had learned…</source>
            <translation>%1, you had learned…</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>What happened so far</source>
            <translation>What happened so far</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>New date</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>What happened?</translation>
        </message>
        <message>
            <source>What happened? What did I try, what helped, what stopped me?</source>
            <translation>What happened? What did I try, what helped, what stopped me?</translation>
        </message>
        <message>
            <source>Outcome: what I take from it</source>
            <translation>Outcome: what I take from it</translation>
        </message>
        <message>
            <source>What did this action change? What would I do differently?</source>
            <translation>What did this action change? What would I do differently?</translation>
        </message>
        <message>
            <source>Save the review</source>
            <translation>Save the review</translation>
        </message>
        <message>
            <source>Ctrl+Return</source>
            <translation>Ctrl+Return</translation>
        </message>
        <message>
            <source>Kept in the action's history, dated today.</source>
            <translation>Kept in the action's history, dated today.</translation>
        </message>
        <message>
            <source>Review of the action</source>
            <translation>Review of the action</translation>
        </message>
        <message>
            <source>Select an action to review it.</source>
            <translation>Select an action to review it.</translation>
        </message>
        <message>
            <source>Decided at session %1 on %2 — open it</source>
            <translation>Decided at session %1 on %2 — open it</translation>
        </message>
        <message>
            <source>NEW REVIEW</source>
            <translation>NEW REVIEW</translation>
        </message>
        <message>
            <source>Kept in the action's history, dated %1.</source>
            <translation>Kept in the action's history, dated %1.</translation>
        </message>
        <message>
            <source>overdue: was due %1 (%2)</source>
            <translation>overdue: was due %1 (%2)</translation>
        </message>
        <message>
            <source>due %1 (%2)</source>
            <translation>due %1 (%2)</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>carried over</translation>
        </message>
        <message>
            <source>postponed to %1</source>
            <translation>postponed to %1</translation>
        </message>
        <message>
            <source>new date: %1</source>
            <translation>new date: %1</translation>
        </message>
        <message>
            <source>No review yet.</source>
            <translation>No review yet.</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Search status</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Kind of item</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>My role</translation>
        </message>
        <message>
            <source>Theme or tag</source>
            <translation>Theme or tag</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Any role</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>The search failed: %1</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>Any theme</source>
            <translation>Any theme</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>session %1</translation>
        </message>
        <message>
            <source>Type at least two letters in the search field above: every text of the journal is searched, accents and capitals ignored.</source>
            <translation>Type at least two letters in the search field above: every text of the journal is searched, accents and capitals ignored.</translation>
        </message>
        <message>
            <source>Nothing found for « %1 » between these dates.</source>
            <translation>Nothing found for « %1 » between these dates.</translation>
        </message>
        <message>
            <source>Nothing found for « %1 ».</source>
            <translation>Nothing found for « %1 ».</translation>
        </message>
        <message>
            <source>The %1 most recent results for « %2 »: add a word or a filter to narrow them.</source>
            <translation>The %1 most recent results for « %2 »: add a word or a filter to narrow them.</translation>
        </message>
        <message>
            <source>1 result for « %1 »</source>
            <translation>1 result for « %1 »</translation>
        </message>
        <message>
            <source>%1 results for « %2 », most recent first</source>
            <translation>%1 results for « %2 », most recent first</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Learning</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Feeling</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Action review</source>
            <translation>Action review</translation>
        </message>
        <message>
            <source>Topic to bring</source>
            <translation>Topic to bring</translation>
        </message>
        <message>
            <source>Key word</source>
            <translation>Key word</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Self-assessment</translation>
        </message>
        <message>
            <source>Photo or document</source>
            <translation>Photo or document</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
    </context>
    <context>
        <name>SessionDocuments</name>
        <message>
            <source>Documents of the session</source>
            <translation>Documents of the session</translation>
        </message>
        <message>
            <source>Photos of the flipchart, a scanned page, the facilitator's PDF: drop them anywhere on this page, or paste a screenshot. They are kept inside the encrypted journal, without location or camera details.</source>
            <translation>Photos of the flipchart, a scanned page, the facilitator's PDF: drop them anywhere on this page, or paste a screenshot. They are kept inside the encrypted journal, without location or camera details.</translation>
        </message>
        <message>
            <source>Attach photos or PDF files</source>
            <translation>Attach photos or PDF files</translation>
        </message>
        <message>
            <source>Nothing to paste</source>
            <translation>Nothing to paste</translation>
        </message>
        <message>
            <source>The clipboard holds no image and no file. Copy a screenshot or a photo first.</source>
            <translation>The clipboard holds no image and no file. Copy a screenshot or a photo first.</translation>
        </message>
        <message>
            <source>A file was not attached</source>
            <translation>A file was not attached</translation>
        </message>
        <message>
            <source>Some files were not attached</source>
            <translation>Some files were not attached</translation>
        </message>
        <message>
            <source>Nothing was stored for:</source>
            <translation>Nothing was stored for:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Edit the caption…</source>
            <translation>Edit the caption…</translation>
        </message>
        <message>
            <source>Open with…</source>
            <translation>Open with…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>The caption was not saved</source>
            <translation>The caption was not saved</translation>
        </message>
        <message>
            <source>The file was not deleted</source>
            <translation>The file was not deleted</translation>
        </message>
        <message>
            <source>«%1» deleted.</source>
            <translation>«%1» deleted.</translation>
        </message>
        <message>
            <source>The file was not put back</source>
            <translation>The file was not put back</translation>
        </message>
        <message>
            <source>The copy was not written</source>
            <translation>The copy was not written</translation>
        </message>
        <message>
            <source>“%1” could not be written: %2.</source>
            <translation>“%1” could not be written: %2.</translation>
        </message>
        <message>
            <source>Save a copy (NOT encrypted)</source>
            <translation>Save a copy (NOT encrypted)</translation>
        </message>
        <message>
            <source>Copy written — NOT encrypted</source>
            <translation>Copy written — NOT encrypted</translation>
        </message>
        <message>
            <source>%1 was written.</source>
            <translation>%1 was written.</translation>
        </message>
        <message>
            <source>Open with another application</source>
            <translation>Open with another application</translation>
        </message>
        <message>
            <source>To open this file in another application, Carnet writes a copy where you choose.</source>
            <translation>To open this file in another application, Carnet writes a copy where you choose.</translation>
        </message>
        <message>
            <source>Where to put the copy to open (NOT encrypted)</source>
            <translation>Where to put the copy to open (NOT encrypted)</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Session page</source>
            <translation>Session page</translation>
        </message>
        <message>
            <source>Choose a session to open its page of the journal.</source>
            <translation>Choose a session to open its page of the journal.</translation>
        </message>
        <message>
            <source>This session could not be opened: %1</source>
            <translation>This session could not be opened: %1</translation>
        </message>
        <message>
            <source>My learnings</source>
            <translation>My learnings</translation>
        </message>
        <message>
            <source>My feelings</source>
            <translation>My feelings</translation>
        </message>
        <message>
            <source>My key word</source>
            <translation>My key word</translation>
        </message>
        <message>
            <source>My actions</source>
            <translation>My actions</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>My progress</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Other notes</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>The session</translation>
        </message>
        <message>
            <source>The template «%1» of this group is not available: your notes are shown without its steps.</source>
            <translation>The template «%1» of this group is not available: your notes are shown without its steps.</translation>
        </message>
        <message>
            <source>Filled in above, in this page's first such step.</source>
            <translation>Filled in above, in this page's first such step.</translation>
        </message>
        <message>
            <source>Written under another format of this group (or one no longer installed): kept here, nothing is lost.</source>
            <translation>Written under another format of this group (or one no longer installed): kept here, nothing is lost.</translation>
        </message>
        <message>
            <source>Topics to bring to a future session</source>
            <translation>Topics to bring to a future session</translation>
        </message>
        <message>
            <source>Topics to bring</source>
            <translation>Topics to bring</translation>
        </message>
        <message>
            <source>My backlog for this group</source>
            <translation>My backlog for this group</translation>
        </message>
        <message>
            <source>Which situation would I bring next time? How urgent?</source>
            <translation>Which situation would I bring next time? How urgent?</translation>
        </message>
        <message>
            <source>The rest of this page could not be read: %1</source>
            <translation>The rest of this page could not be read: %1</translation>
        </message>
    </context>
    <context>
        <name>SessionHeader</name>
        <message>
            <source>Title or case of the session (optional)</source>
            <translation>Title or case of the session (optional)</translation>
        </message>
        <message>
            <source>Title or case of the session</source>
            <translation>Title or case of the session</translation>
        </message>
        <message>
            <source>Number of this session in the cycle (planned sessions)</source>
            <translation>Number of this session in the cycle (planned sessions)</translation>
        </message>
        <message>
            <source>Add an extra session</source>
            <translation>Add an extra session</translation>
        </message>
        <message>
            <source>Themes, separated by commas (delegation, conflict…)</source>
            <translation>Themes, separated by commas (delegation, conflict…)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>My role</translation>
        </message>
        <message>
            <source>Number of the session in the cycle</source>
            <translation>Number of the session in the cycle</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Session %1 of %2</source>
            <translation>Session %1 of %2</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Session %1</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n action(s) due on %1</source>
            <translation>
                <numerusform>Keep %n action due on %1</numerusform>
                <numerusform>Keep %n actions due on %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s) due on %1, the day of this session, moved with it to %2.</source>
            <translation>
                <numerusform>%n open action due on %1, the day of this session, moved with it to %2.</numerusform>
                <numerusform>%n open actions due on %1, the day of this session, moved with it to %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message numerus="yes">
            <source>Keep the topic(s) to bring</source>
            <translation>
                <numerusform>Keep the topic to bring</numerusform>
                <numerusform>Keep the topics to bring</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Noted treated at this session: %1, the topic(s) you brought.</source>
            <translation>
                <numerusform>Noted treated at this session: %1, the topic you brought.</numerusform>
                <numerusform>Noted treated at this session: %1, the topics you brought.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) to bring again, in Préparer.</source>
            <translation>
                <numerusform>%n topic to bring again, in Préparer.</numerusform>
                <numerusform>%n topics to bring again, in Préparer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due on %1 again, as before the session moved.</source>
            <translation>
                <numerusform>%n action due on %1 again, as before the session moved.</numerusform>
                <numerusform>%n actions due on %1 again, as before the session moved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>New group…</translation>
        </message>
        <message>
            <source>New session in this group</source>
            <translation>New session in this group</translation>
        </message>
        <message>
            <source>Add an extra session to this group</source>
            <translation>Add an extra session to this group</translation>
        </message>
        <message>
            <source>Edit the group</source>
            <translation>Edit the group</translation>
        </message>
        <message>
            <source>Remove this session…</source>
            <translation>Remove this session…</translation>
        </message>
    </context>
    <context>
        <name>StatusPicker</name>
        <message>
            <source>Postpone…</source>
            <translation>Postpone…</translation>
        </message>
    </context>
    <context>
        <name>StepSection</name>
        <message>
            <source>Not saved — will retry</source>
            <translation>Not saved — will retry</translation>
        </message>
        <message>
            <source>This change could not be written to the journal yet. It stays here and is saved again with your next edit.</source>
            <translation>This change could not be written to the journal yet. It stays here and is saved again with your next edit.</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>The folder could not be set up: %1</source>
            <translation>The folder could not be set up: %1</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>a learning</source>
            <translation>a learning</translation>
        </message>
        <message>
            <source>a feeling</source>
            <translation>a feeling</translation>
        </message>
        <message>
            <source>the rating of %1</source>
            <translation>the rating of %1</translation>
        </message>
        <message>
            <source>the outcome of the action %1</source>
            <translation>the outcome of the action %1</translation>
        </message>
        <message>
            <source>the details of the action %1</source>
            <translation>the details of the action %1</translation>
        </message>
        <message>
            <source>a follow-up of the action %1</source>
            <translation>a follow-up of the action %1</translation>
        </message>
        <message>
            <source>the draft of the topic %1</source>
            <translation>the draft of the topic %1</translation>
        </message>
        <message>
            <source>the objective %1</source>
            <translation>the objective %1</translation>
        </message>
        <message>
            <source>the ground rules</source>
            <translation>the ground rules</translation>
        </message>
        <message>
            <source>the group's notes</source>
            <translation>the group's notes</translation>
        </message>
        <message>
            <source>%1, session %2 (%3) — %4</source>
            <translation>%1, session %2 (%3) — %4</translation>
        </message>
        <message>
            <source>Any group</source>
            <translation>Any group</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>This meeting had been planned on two devices: it is shown once now.</source>
            <translation>This meeting had been planned on two devices: it is shown once now.</translation>
        </message>
        <message>
            <source>The session shown was removed on another device (nothing was written in it here since).</source>
            <translation>The session shown was removed on another device (nothing was written in it here since).</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Carnet keeps this journal in step on your devices through a folder your sync tool already syncs: Nextcloud, Syncthing, Dropbox, OneDrive, a network share, a USB stick. Only encrypted change files go there, no names, no titles; the journal file itself stays where it is.</source>
            <translation>Carnet keeps this journal in step on your devices through a folder your sync tool already syncs: Nextcloud, Syncthing, Dropbox, OneDrive, a network share, a USB stick. Only encrypted change files go there, no names, no titles; the journal file itself stays where it is.</translation>
        </message>
        <message>
            <source>None: this journal does not sync</source>
            <translation>None: this journal does not sync</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Synced folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Choose the synced folder</translation>
        </message>
        <message>
            <source>The journal's passphrase</source>
            <translation>The journal's passphrase</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>&amp;Sync through this folder</source>
            <translation>&amp;Sync through this folder</translation>
        </message>
        <message>
            <source>The passphrase encrypts the key your other devices need to join; it is never written in the folder.</source>
            <translation>The passphrase encrypts the key your other devices need to join; it is never written in the folder.</translation>
        </message>
        <message>
            <source>Click a line to open the text there.</source>
            <translation>Click a line to open the text there.</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Sync &amp;now</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Devices of this journal</source>
            <translation>Devices of this journal</translation>
        </message>
        <message>
            <source>&amp;Remove this device…</source>
            <translation>&amp;Remove this device…</translation>
        </message>
        <message>
            <source>This device's name</source>
            <translation>This device's name</translation>
        </message>
        <message>
            <source>Shown to your other devices in this list (it travels encrypted).</source>
            <translation>Shown to your other devices in this list (it travels encrypted).</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>&amp;This device:</source>
            <translation>&amp;This device:</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>The journal is locked.</translation>
        </message>
        <message>
            <source>This journal does not sync yet.</source>
            <translation>This journal does not sync yet.</translation>
        </message>
        <message>
            <source>At the last sync that worked: %1</source>
            <translation>At the last sync that worked: %1</translation>
        </message>
        <message>
            <source>Two versions kept, to edit:</source>
            <translation>Two versions kept, to edit:</translation>
        </message>
        <message>
            <source>%1, session %2</source>
            <translation>%1, session %2</translation>
        </message>
        <message>
            <source>Sync once to see the devices.</source>
            <translation>Sync once to see the devices.</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Device %1</translation>
        </message>
        <message>
            <source>%1 (this device)</source>
            <translation>%1 (this device)</translation>
        </message>
        <message>
            <source>Your journal file is inside this folder. Sync tools damage a journal file in use: move the journal out of this folder first (or choose another folder). The folder only needs Carnet's change files.</source>
            <translation>Your journal file is inside this folder. Sync tools damage a journal file in use: move the journal out of this folder first (or choose another folder). The folder only needs Carnet's change files.</translation>
        </message>
        <message>
            <source>Type the journal's passphrase.</source>
            <translation>Type the journal's passphrase.</translation>
        </message>
        <message>
            <source>Change the synced folder</source>
            <translation>Change the synced folder</translation>
        </message>
        <message>
            <source>This journal already syncs with other devices (%1). The folder %2 holds no copy of this journal: those devices will not see the changes made here, nor this device theirs, unless they choose this folder too. Use this folder anyway?</source>
            <translation>This journal already syncs with other devices (%1). The folder %2 holds no copy of this journal: those devices will not see the changes made here, nor this device theirs, unless they choose this folder too. Use this folder anyway?</translation>
        </message>
        <message>
            <source>Remove this device</source>
            <translation>Remove this device</translation>
        </message>
        <message>
            <source>Remove « %1 » from this journal's devices? Its change files are taken out of the folder once their content is in this device's copy; if that device syncs again, it comes back.</source>
            <translation>Remove « %1 » from this journal's devices? Its change files are taken out of the folder once their content is in this device's copy; if that device syncs again, it comes back.</translation>
        </message>
        <message>
            <source>« %1 » was not removed: %2 has not received all of its changes yet. Remove it again once that device has synced.</source>
            <translation>« %1 » was not removed: %2 has not received all of its changes yet. Remove it again once that device has synced.</translation>
        </message>
        <message>
            <source>« %1 » was removed: its change files are out of the folder but its last one, kept so that a device that has not synced since still gets what it wrote. What it wrote is kept in the others' copies; if it syncs again, it comes back to the list.</source>
            <translation>« %1 » was removed: its change files are out of the folder but its last one, kept so that a device that has not synced since still gets what it wrote. What it wrote is kept in the others' copies; if it syncs again, it comes back to the list.</translation>
        </message>
    </context>
    <context>
        <name>TableOfContents</name>
        <message>
            <source>CONTENTS</source>
            <translation>CONTENTS</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ All changes saved</translation>
        </message>
        <message>
            <source>⚠ Not saved — your text is kept here</source>
            <translation>⚠ Not saved — your text is kept here</translation>
        </message>
    </context>
    <context>
        <name>TagLineEdit</name>
        <message>
            <source>Tags…</source>
            <translation>Tags…</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Tags, separated by commas</translation>
        </message>
    </context>
    <context>
        <name>TagListModel</name>
        <message>
            <source>Theme or tag</source>
            <translation>Theme or tag</translation>
        </message>
        <message>
            <source>Uses</source>
            <translation>Uses</translation>
        </message>
        <message>
            <source>%1: a suggested theme, not used yet</source>
            <translation>%1: a suggested theme, not used yet</translation>
        </message>
        <message>
            <source>%1: used %2 times</source>
            <translation>%1: used %2 times</translation>
        </message>
        <message>
            <source>%1 (suggested theme, not used yet)</source>
            <translation>%1 (suggested theme, not used yet)</translation>
        </message>
    </context>
    <context>
        <name>TaggedItemsModel</name>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>TagsView</name>
        <message>
            <source>Themes and tags</source>
            <translation>Themes and tags</translation>
        </message>
        <message>
            <source>The themes of your sessions and the tags of your learnings, actions and topics. Suggested themes in grey are not used yet.</source>
            <translation>The themes of your sessions and the tags of your learnings, actions and topics. Suggested themes in grey are not used yet.</translation>
        </message>
        <message>
            <source>Filed under the chosen tag</source>
            <translation>Filed under the chosen tag</translation>
        </message>
        <message>
            <source>No tag yet</source>
            <translation>No tag yet</translation>
        </message>
        <message>
            <source>Give a session a theme, or tag a learning, an action or a topic: it is filed here.</source>
            <translation>Give a session a theme, or tag a learning, an action or a topic: it is filed here.</translation>
        </message>
        <message>
            <source>Double-click an item to open its session.</source>
            <translation>Double-click an item to open its session.</translation>
        </message>
        <message>
            <source>Nothing is filed under this theme yet.</source>
            <translation>Nothing is filed under this theme yet.</translation>
        </message>
    </context>
    <context>
        <name>TextBody</name>
        <message>
            <source>Write here…</source>
            <translation>Write here…</translation>
        </message>
        <message>
            <source>Preview of «%1»</source>
            <translation>Preview of «%1»</translation>
        </message>
        <message>
            <source>Write «%1»</source>
            <translation>Write «%1»</translation>
        </message>
        <message>
            <source>Preview «%1»</source>
            <translation>Preview «%1»</translation>
        </message>
    </context>
    <context>
        <name>Tile</name>
        <message>
            <source>PDF document</source>
            <translation>PDF document</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>%1 — press Enter to open it</source>
            <translation>%1 — press Enter to open it</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Consultant</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>My role</translation>
        </message>
        <message>
            <source>Themes and key word</source>
            <translation>Themes and key word</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message numerus="yes">
            <source>%n session</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Every session of every group, month by month. Planned sessions are in italics with a hollow circle.</source>
            <translation>Every session of every group, month by month. Planned sessions are in italics with a hollow circle.</translation>
        </message>
        <message>
            <source>Timeline of the sessions</source>
            <translation>Timeline of the sessions</translation>
        </message>
    </context>
    <context>
        <name>TopicRow</name>
        <message>
            <source>Topic to bring</source>
            <translation>Topic to bring</translation>
        </message>
        <message>
            <source>Priority of the topic</source>
            <translation>Priority of the topic</translation>
        </message>
        <message>
            <source>Remove this topic</source>
            <translation>Remove this topic</translation>
        </message>
    </context>
    <context>
        <name>Topics</name>
        <message>
            <source>High priority</source>
            <translation>High priority</translation>
        </message>
        <message>
            <source>Normal priority</source>
            <translation>Normal priority</translation>
        </message>
        <message>
            <source>Low priority</source>
            <translation>Low priority</translation>
        </message>
    </context>
    <context>
        <name>TopicsBody</name>
        <message>
            <source>A situation I would like to bring…</source>
            <translation>A situation I would like to bring…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>New topic to bring</source>
            <translation>New topic to bring</translation>
        </message>
        <message>
            <source>Add the topic</source>
            <translation>Add the topic</translation>
        </message>
        <message>
            <source>Topic “%1” deleted.</source>
            <translation>Topic “%1” deleted.</translation>
        </message>
    </context>
    <context>
        <name>TopicsPanel</name>
        <message>
            <source>New topic…</source>
            <translation>New topic…</translation>
        </message>
        <message>
            <source>A situation I would like to bring</source>
            <translation>A situation I would like to bring</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Topics to bring</source>
            <translation>Topics to bring</translation>
        </message>
        <message>
            <source>No topic waiting. Note a situation when one comes up: a sentence is enough.</source>
            <translation>No topic waiting. Note a situation when one comes up: a sentence is enough.</translation>
        </message>
        <message>
            <source>TOPIC</source>
            <translation>TOPIC</translation>
        </message>
        <message>
            <source>The situation in a few words</source>
            <translation>The situation in a few words</translation>
        </message>
        <message>
            <source>Topic: the situation in a few words</source>
            <translation>Topic: the situation in a few words</translation>
        </message>
        <message>
            <source>Priority of the topic</source>
            <translation>Priority of the topic</translation>
        </message>
        <message>
            <source>High priority</source>
            <translation>High priority</translation>
        </message>
        <message>
            <source>Normal priority</source>
            <translation>Normal priority</translation>
        </message>
        <message>
            <source>Low priority</source>
            <translation>Low priority</translation>
        </message>
        <message>
            <source>The situation, described objectively; what is a problem for me; what I am looking for from the group.</source>
            <translation>The situation, described objectively; what is a problem for me; what I am looking for from the group.</translation>
        </message>
        <message>
            <source>Bring to this session</source>
            <translation>Bring to this session</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Open the session</translation>
        </message>
        <message>
            <source>Delete this topic…</source>
            <translation>Delete this topic…</translation>
        </message>
        <message>
            <source>Exposé draft</source>
            <translation>Exposé draft</translation>
        </message>
        <message>
            <source>Bring it to a session: it becomes the session's case and pre-fills its exposé</source>
            <translation>Bring it to a session: it becomes the session's case and pre-fills its exposé</translation>
        </message>
        <message>
            <source>The chosen topic</source>
            <translation>The chosen topic</translation>
        </message>
        <message>
            <source>Any group</source>
            <translation>Any group</translation>
        </message>
        <message>
            <source>brought to a session</source>
            <translation>brought to a session</translation>
        </message>
        <message>
            <source>no draft yet</source>
            <translation>no draft yet</translation>
        </message>
        <message>
            <source>1 word</source>
            <translation>1 word</translation>
        </message>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message>
            <source>No topic chosen: what you write here becomes a new topic.</source>
            <translation>No topic chosen: what you write here becomes a new topic.</translation>
        </message>
        <message>
            <source>The case of session %1 on %2.</source>
            <translation>The case of session %1 on %2.</translation>
        </message>
        <message>
            <source>In the backlog since %1.</source>
            <translation>In the backlog since %1.</translation>
        </message>
        <message>
            <source>Write or choose a topic first</source>
            <translation>Write or choose a topic first</translation>
        </message>
        <message>
            <source>Session %1 · %2</source>
            <translation>Session %1 · %2</translation>
        </message>
        <message>
            <source>No planned session ahead</source>
            <translation>No planned session ahead</translation>
        </message>
        <message>
            <source>session %1 on %2</source>
            <translation>session %1 on %2</translation>
        </message>
        <message>
            <source>Brought to %1: its exposé now holds your draft.</source>
            <translation>Brought to %1: its exposé now holds your draft.</translation>
        </message>
        <message>
            <source>Brought to %1: your draft was added below what the exposé already held.</source>
            <translation>Brought to %1: your draft was added below what the exposé already held.</translation>
        </message>
        <message>
            <source>Brought to %1: its exposé already holds this draft.</source>
            <translation>Brought to %1: its exposé already holds this draft.</translation>
        </message>
        <message>
            <source>Brought to %1.</source>
            <translation>Brought to %1.</translation>
        </message>
        <message>
            <source>You are its client (the one who brings the case).</source>
            <translation>You are its client (the one who brings the case).</translation>
        </message>
        <message>
            <source>Delete the topic</source>
            <translation>Delete the topic</translation>
        </message>
        <message>
            <source>Delete « %1 » and its draft?</source>
            <translation>Delete « %1 » and its draft?</translation>
        </message>
    </context>
    <context>
        <name>TrustController</name>
        <message>
            <source>Change the pass&amp;phrase…</source>
            <translation>Change the pass&amp;phrase…</translation>
        </message>
        <message>
            <source>Re-encrypt the journal under a new passphrase</source>
            <translation>Re-encrypt the journal under a new passphrase</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>Put one of the journal's backup copies in its place</source>
            <translation>Put one of the journal's backup copies in its place</translation>
        </message>
        <message>
            <source>This is a backup of your journal (%1, %2): it is open read-only and does not sync, so that it stays as it was. To put it back in place of your journal: open your journal, then File › Restore a backup…</source>
            <translation>This is a backup of your journal (%1, %2): it is open read-only and does not sync, so that it stays as it was. To put it back in place of your journal: open your journal, then File › Restore a backup…</translation>
        </message>
        <message>
            <source>The check run after opening found damage in %1:
%2

Carnet switched the journal to read-only so the damage cannot spread: what you change now is not saved, and no backup is written from it.

Restore the latest valid backup now? (Later: the button at the top of the window, or File → Restore a backup…)</source>
            <translation>The check run after opening found damage in %1:
%2

Carnet switched the journal to read-only so the damage cannot spread: what you change now is not saved, and no backup is written from it.

Restore the latest valid backup now? (Later: the button at the top of the window, or File → Restore a backup…)</translation>
        </message>
        <message>
            <source>The journal is damaged</source>
            <translation>The journal is damaged</translation>
        </message>
        <message>
            <source>The backup from %1 was restored.</source>
            <translation>The backup from %1 was restored.</translation>
        </message>
        <message>
            <source>The file it replaced was kept as %1.</source>
            <translation>The file it replaced was kept as %1.</translation>
        </message>
        <message>
            <source>It opens with the passphrase you gave for the backup.</source>
            <translation>It opens with the passphrase you gave for the backup.</translation>
        </message>
        <message>
            <source>It no longer syncs: the restore holds, your other devices keep what they have. To sync it again: Edit › Sync… (what was written since then comes back).</source>
            <translation>It no longer syncs: the restore holds, your other devices keep what they have. To sync it again: Edit › Sync… (what was written since then comes back).</translation>
        </message>
        <message>
            <source>It still syncs: what was written since the backup comes back at its next sync.</source>
            <translation>It still syncs: what was written since the backup comes back at its next sync.</translation>
        </message>
        <message>
            <source>The backup was not restored; the journal was not changed.</source>
            <translation>The backup was not restored; the journal was not changed.</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Backup not restored</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Undo: %1</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Your journal is locked</source>
            <translation>Your journal is locked</translation>
        </message>
        <message>
            <source>Demonstration passphrase: %1</source>
            <translation>Demonstration passphrase: %1</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>A change that could not be saved is waiting for you to unlock: unlock the journal to put it back on screen.</source>
            <translation>A change that could not be saved is waiting for you to unlock: unlock the journal to put it back on screen.</translation>
        </message>
        <message>
            <source>Open another journal…</source>
            <translation>Open another journal…</translation>
        </message>
        <message>
            <source>Create a new journal…</source>
            <translation>Create a new journal…</translation>
        </message>
        <message>
            <source>Opening the journal…</source>
            <translation>Opening the journal…</translation>
        </message>
        <message>
            <source>Wrong passphrase. Check capital letters, accents and the keyboard layout, then try again.</source>
            <translation>Wrong passphrase. Check capital letters, accents and the keyboard layout, then try again.</translation>
        </message>
        <message>
            <source>This journal is already open in another Carnet window. Close it there, then try again.</source>
            <translation>This journal is already open in another Carnet window. Close it there, then try again.</translation>
        </message>
        <message>
            <source>This journal was written by a newer version of Carnet. Update Carnet to open it; the file was not changed.</source>
            <translation>This journal was written by a newer version of Carnet. Update Carnet to open it; the file was not changed.</translation>
        </message>
        <message>
            <source>This journal is damaged (cut short, or a part of it spoiled): Carnet cannot read it. Nothing was changed. Restore its latest backup: File › Restore a backup…</source>
            <translation>This journal is damaged (cut short, or a part of it spoiled): Carnet cannot read it. Nothing was changed. Restore its latest backup: File › Restore a backup…</translation>
        </message>
        <message>
            <source>This file cannot be opened: it is not a Carnet journal, or it is damaged. Nothing was changed. Open another file, or restore a backup copy.</source>
            <translation>This file cannot be opened: it is not a Carnet journal, or it is damaged. Nothing was changed. Open another file, or restore a backup copy.</translation>
        </message>
        <message>
            <source>The journal could not be opened: Carnet must write beside it (its lock, its backups) and %1. Nothing was changed. Copy the journal onto this computer, then open the copy.</source>
            <translation>The journal could not be opened: Carnet must write beside it (its lock, its backups) and %1. Nothing was changed. Copy the journal onto this computer, then open the copy.</translation>
        </message>
        <message>
            <source>The journal was not found at this location: it may have been moved or deleted. Open it where it is now, or create a new one.</source>
            <translation>The journal was not found at this location: it may have been moved or deleted. Open it where it is now, or create a new one.</translation>
        </message>
        <message>
            <source>The journal could not be opened. Nothing was changed.</source>
            <translation>The journal could not be opened. Nothing was changed.</translation>
        </message>
        <message>
            <source>Type the journal's passphrase.</source>
            <translation>Type the journal's passphrase.</translation>
        </message>
    </context>
    <context>
        <name>VersionedTextEdit</name>
        <message>
            <source>This text holds another version, written at the same time on another device. Keep what you want and delete the rest.</source>
            <translation>This text holds another version, written at the same time on another device. Keep what you want and delete the rest.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Too short (at least %1 characters)</source>
            <translation>Too short (at least %1 characters)</translation>
        </message>
        <message>
            <source>Welcome to Carnet</source>
            <translation>Welcome to Carnet</translation>
        </message>
        <message>
            <source>Your personal logbook for peer-practice groups: what you explored, learned and felt at each session, and the actions you committed to. Everything is encrypted on this computer.</source>
            <translation>Your personal logbook for peer-practice groups: what you explored, learned and felt at each session, and the actions you committed to. Everything is encrypted on this computer.</translation>
        </message>
        <message>
            <source>e.g. Camille Martin</source>
            <translation>e.g. Camille Martin</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>A few words only you know</source>
            <translation>A few words only you know</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Type it again</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Journal file</source>
            <translation>Journal file</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Carnet encrypts your journal with this passphrase. If you forget it, nobody can recover your journal — not even with Carnet's help. Write it down and keep it somewhere safe.</source>
            <translation>Carnet encrypts your journal with this passphrase. If you forget it, nobody can recover your journal — not even with Carnet's help. Write it down and keep it somewhere safe.</translation>
        </message>
        <message>
            <source>Create my journal</source>
            <translation>Create my journal</translation>
        </message>
        <message>
            <source>Open an existing journal…</source>
            <translation>Open an existing journal…</translation>
        </message>
        <message>
            <source>Already keeping a journal?</source>
            <translation>Already keeping a journal?</translation>
        </message>
        <message>
            <source>Create your journal</source>
            <translation>Create your journal</translation>
        </message>
        <message>
            <source>Weak — add a few words</source>
            <translation>Weak — add a few words</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Very strong</translation>
        </message>
        <message>
            <source>Join a synced journal…</source>
            <translation>Join a synced journal…</translation>
        </message>
        <message>
            <source>The two passphrases match.</source>
            <translation>The two passphrases match.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name, or open it with “Open an existing journal”.</source>
            <translation>A file already exists at this location. Choose another name, or open it with “Open an existing journal”.</translation>
        </message>
        <message>
            <source>Where to keep your journal</source>
            <translation>Where to keep your journal</translation>
        </message>
        <message>
            <source>Open a journal</source>
            <translation>Open a journal</translation>
        </message>
    </context>
    <context>
        <name>WholePaste</name>
        <message>
            <source>What you pasted has %1 characters; this field holds at most %2. Nothing was pasted, and the field is as it was.</source>
            <translation>What you pasted has %1 characters; this field holds at most %2. Nothing was pasted, and the field is as it was.</translation>
        </message>
        <message>
            <source>A step’s notes take longer texts.</source>
            <translation>A step’s notes take longer texts.</translation>
        </message>
        <message>
            <source>Too long to paste here</source>
            <translation>Too long to paste here</translation>
        </message>
        <message>
            <source>This field holds at most %1 characters.</source>
            <translation>This field holds at most %1 characters.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Unsaved group</source>
            <translation>Unsaved group</translation>
        </message>
        <message>
            <source>This group cannot be saved yet: %1

Discard the changes?</source>
            <translation>This group cannot be saved yet: %1

Discard the changes?</translation>
        </message>
        <message>
            <source>see the message on the form.</source>
            <translation>see the message on the form.</translation>
        </message>
        <message>
            <source>Unsaved change</source>
            <translation>Unsaved change</translation>
        </message>
        <message>
            <source>The last change to the open session could not be saved; it is still on its page.

Open the other session and lose that change?</source>
            <translation>The last change to the open session could not be saved; it is still on its page.

Open the other session and lose that change?</translation>
        </message>
        <message>
            <source>Session %1 (%2) was already planned: here it is, nothing was added.</source>
            <translation>Session %1 (%2) was already planned: here it is, nothing was added.</translation>
        </message>
        <message>
            <source>%1 — session %2</source>
            <translation>%1 — session %2</translation>
        </message>
        <message>
            <source>This session cannot be removed</source>
            <translation>This session cannot be removed</translation>
        </message>
        <message>
            <source>“%1” holds what you wrote: it cannot be removed, so that nothing you wrote is lost. If it did not take place for you, open it and mark it “%2”.</source>
            <translation>“%1” holds what you wrote: it cannot be removed, so that nothing you wrote is lost. If it did not take place for you, open it and mark it “%2”.</translation>
        </message>
        <message>
            <source>Remove the session</source>
            <translation>Remove the session</translation>
        </message>
        <message>
            <source>Remove “%1”? Nothing is written in it. It is removed on your other devices too.</source>
            <translation>Remove “%1”? Nothing is written in it. It is removed on your other devices too.</translation>
        </message>
        <message>
            <source>Something was written in “%1” meanwhile: it was not removed.</source>
            <translation>Something was written in “%1” meanwhile: it was not removed.</translation>
        </message>
        <message>
            <source>a change was not saved</source>
            <translation>a change was not saved</translation>
        </message>
    </context>
    <context>
        <name>BookletWords</name>
        <message>
            <source>the system refused to write it</source>
            <translation>the system refused to write it</translation>
        </message>
        <message>
            <source>The booklet was cancelled; no file was written.</source>
            <translation>The booklet was cancelled; no file was written.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>your disk quota is used up</source>
            <translation>your disk quota is used up</translation>
        </message>
        <message>
            <source>Carnet is not allowed to write there</source>
            <translation>Carnet is not allowed to write there</translation>
        </message>
        <message>
            <source>this disk is read-only</source>
            <translation>this disk is read-only</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>the file name is too long</translation>
        </message>
        <message>
            <source>a folder has that name</source>
            <translation>a folder has that name</translation>
        </message>
        <message>
            <source>The folder %1 does not exist: choose another place.</source>
            <translation>The folder %1 does not exist: choose another place.</translation>
        </message>
        <message>
            <source>The booklet could not be laid out (%1). Try leaving out a part, or report the problem.</source>
            <translation>The booklet could not be laid out (%1). Try leaving out a part, or report the problem.</translation>
        </message>
        <message>
            <source>The booklet's font %1 is missing or unreadable: reinstall Carnet.</source>
            <translation>The booklet's font %1 is missing or unreadable: reinstall Carnet.</translation>
        </message>
        <message>
            <source>The booklet could not be written to %1: %2. Choose a folder you can write to, with some free space.</source>
            <translation>The booklet could not be written to %1: %2. Choose a folder you can write to, with some free space.</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>Since last time…</source>
            <translation>Since last time…</translation>
        </message>
        <message>
            <source>The check-in for this session: what happened since the last one</source>
            <translation>The check-in for this session: what happened since the last one</translation>
        </message>
        <message>
            <source>Since &amp;last time</source>
            <translation>Since &amp;last time</translation>
        </message>
        <message>
            <source>One screen for the start of a meeting: your actions since last time, your key word, the topic you bring</source>
            <translation>One screen for the start of a meeting: your actions since last time, your key word, the topic you bring</translation>
        </message>
    </context>
    <context>
        <name>ExchangeWords</name>
        <message>
            <source>the name</source>
            <translation>the name</translation>
        </message>
        <message>
            <source>the format</source>
            <translation>the format</translation>
        </message>
        <message>
            <source>the facilitator</source>
            <translation>the facilitator</translation>
        </message>
        <message>
            <source>the rhythm</source>
            <translation>the rhythm</translation>
        </message>
        <message>
            <source>the number of sessions planned</source>
            <translation>the number of sessions planned</translation>
        </message>
        <message>
            <source>the first session's date</source>
            <translation>the first session's date</translation>
        </message>
        <message>
            <source>the place</source>
            <translation>the place</translation>
        </message>
        <message>
            <source>the ground rules</source>
            <translation>the ground rules</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>the notes</translation>
        </message>
        <message>
            <source>whether it is archived</source>
            <translation>whether it is archived</translation>
        </message>
        <message>
            <source>the number</source>
            <translation>the number</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>the date</translation>
        </message>
        <message>
            <source>the status</source>
            <translation>the status</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>the role</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>the title</translation>
        </message>
        <message>
            <source>the themes</source>
            <translation>the themes</translation>
        </message>
        <message>
            <source>edited in your journal since this file was written: both versions are kept</source>
            <translation>edited in your journal since this file was written: both versions are kept</translation>
        </message>
        <message>
            <source>changed in your journal since this file was written (its tags, star, status or dates, not its words): your journal's version is kept</source>
            <translation>changed in your journal since this file was written (its tags, star, status or dates, not its words): your journal's version is kept</translation>
        </message>
        <message>
            <source>the group differs in your journal (%1): your journal's version is kept</source>
            <translation>the group differs in your journal (%1): your journal's version is kept</translation>
        </message>
        <message>
            <source>the session differs in your journal (%1): your journal's version is kept</source>
            <translation>the session differs in your journal (%1): your journal's version is kept</translation>
        </message>
        <message>
            <source>your journal has another text for step %1: it is kept</source>
            <translation>your journal has another text for step %1: it is kept</translation>
        </message>
        <message>
            <source>the file's text for step %1 holds all of your journal's and more: the file's is kept</source>
            <translation>the file's text for step %1 holds all of your journal's and more: the file's is kept</translation>
        </message>
        <message>
            <source>your journal has another key word for this session: it is kept</source>
            <translation>your journal has another key word for this session: it is kept</translation>
        </message>
        <message>
            <source>your journal rates this objective differently: its rating is kept</source>
            <translation>your journal rates this objective differently: its rating is kept</translation>
        </message>
        <message>
            <source>your journal has another owner name: it is kept</source>
            <translation>your journal has another owner name: it is kept</translation>
        </message>
        <message>
            <source>set differently in your journal: its setting is kept</source>
            <translation>set differently in your journal: its setting is kept</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a place in the file: what differs</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be imported: there is no such file.</source>
            <translation>%1 cannot be imported: there is no such file.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: Carnet is not allowed to read it.</source>
            <translation>%1 cannot be imported: Carnet is not allowed to read it.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: the file cannot be read.</source>
            <translation>%1 cannot be imported: the file cannot be read.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is a folder, not an export file.</source>
            <translation>%1 cannot be imported: it is a folder, not an export file.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is far too big to be a Carnet export.</source>
            <translation>%1 cannot be imported: it is far too big to be a Carnet export.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is not a Carnet export, or it was cut short (an incomplete download or copy).</source>
            <translation>%1 cannot be imported: it is not a Carnet export, or it was cut short (an incomplete download or copy).</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is not a Carnet export.</source>
            <translation>%1 cannot be imported: it is not a Carnet export.</translation>
        </message>
        <message>
            <source>%1 was exported by a newer version of Carnet: update Carnet to import it.</source>
            <translation>%1 was exported by a newer version of Carnet: update Carnet to import it.</translation>
        </message>
        <message>
            <source>Your journal was not changed.</source>
            <translation>Your journal was not changed.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is damaged.</source>
            <translation>%1 cannot be imported: it is damaged.</translation>
        </message>
        <message>
            <source>1 difference: your journal kept its own version.</source>
            <translation>1 difference: your journal kept its own version.</translation>
        </message>
        <message>
            <source>1 difference: your journal keeps its own version.</source>
            <translation>1 difference: your journal keeps its own version.</translation>
        </message>
        <message>
            <source>1 item had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</source>
            <translation>1 item had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</translation>
        </message>
        <message>
            <source>1 item was edited in your journal since this file was written: both versions are kept, the file's beside yours.</source>
            <translation>1 item was edited in your journal since this file was written: both versions are kept, the file's beside yours.</translation>
        </message>
        <message numerus="yes">
            <source>%n differences: your journal kept its own version.</source>
            <translation>
                <numerusform>%n difference: your journal kept its own version.</numerusform>
                <numerusform>%n differences: your journal kept its own version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n differences: your journal keeps its own version.</source>
            <translation>
                <numerusform>%n difference: your journal keeps its own version.</numerusform>
                <numerusform>%n differences: your journal keeps its own version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</source>
            <translation>
                <numerusform>%n item had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</numerusform>
                <numerusform>%n items had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items were edited in your journal since this file was written: both versions are kept, the file's beside yours.</source>
            <translation>
                <numerusform>%n item was edited in your journal since this file was written: both versions are kept, the file's beside yours.</numerusform>
                <numerusform>%n items were edited in your journal since this file was written: both versions are kept, the file's beside yours.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is damaged (at %2).</source>
            <translation>%1 cannot be imported: it is damaged (at %2).</translation>
        </message>
        <message>
            <source>The export could not be written to %1: %2. Nothing was left half-written.</source>
            <translation>The export could not be written to %1: %2. Nothing was left half-written.</translation>
        </message>
        <message>
            <source>the journal</source>
            <translation>the journal</translation>
        </message>
        <message>
            <source>topic %1</source>
            <translation>topic %1</translation>
        </message>
        <message>
            <source>This journal's JSON export would weigh %1 MB, more than an import can read (%2 MB): its photos and documents make it that big. Nothing was written. To take your journal to another computer, copy the journal file itself (%3): it stays encrypted, and opens there with your passphrase.</source>
            <translation>This journal's JSON export would weigh %1 MB, more than an import can read (%2 MB): its photos and documents make it that big. Nothing was written. To take your journal to another computer, copy the journal file itself (%3): it stays encrypted, and opens there with your passphrase.</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>session %1</translation>
        </message>
        <message>
            <source>member %1</source>
            <translation>member %1</translation>
        </message>
        <message>
            <source>objective %1</source>
            <translation>objective %1</translation>
        </message>
        <message>
            <source>action %1</source>
            <translation>action %1</translation>
        </message>
        <message>
            <source>a feeling</source>
            <translation>a feeling</translation>
        </message>
        <message>
            <source>learning %1</source>
            <translation>learning %1</translation>
        </message>
        <message>
            <source>a step's note</source>
            <translation>a step's note</translation>
        </message>
        <message>
            <source>the key word</source>
            <translation>the key word</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>yesterday</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Client (bringing the situation)</source>
            <translation>Client (bringing the situation)</translation>
        </message>
        <message>
            <source>Consultant</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Session %1</translation>
        </message>
        <message>
            <source>Session %1/%2</source>
            <translation>Session %1/%2</translation>
        </message>
    </context>
    <context>
        <name>OsWords</name>
        <message>
            <source>the system could not read it</source>
            <translation>the system could not read it</translation>
        </message>
        <message>
            <source>the system refused to write there</source>
            <translation>the system refused to write there</translation>
        </message>
        <message>
            <source>the journal could not write it</source>
            <translation>the journal could not write it</translation>
        </message>
        <message>
            <source>it is no longer there (moved, renamed or deleted since it was chosen)</source>
            <translation>it is no longer there (moved, renamed or deleted since it was chosen)</translation>
        </message>
        <message>
            <source>Carnet is not allowed to read it</source>
            <translation>Carnet is not allowed to read it</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>the disk could not read it (a drive removed, or failing?)</source>
            <translation>the disk could not read it (a drive removed, or failing?)</translation>
        </message>
        <message>
            <source>the network share holding it did not answer</source>
            <translation>the network share holding it did not answer</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>that place is read-only (a locked USB key, a read-only share)</source>
            <translation>that place is read-only (a locked USB key, a read-only share)</translation>
        </message>
        <message>
            <source>Carnet is not allowed to write there</source>
            <translation>Carnet is not allowed to write there</translation>
        </message>
        <message>
            <source>that folder no longer exists</source>
            <translation>that folder no longer exists</translation>
        </message>
        <message>
            <source>the disk could not write (a drive removed, or failing?)</source>
            <translation>the disk could not write (a drive removed, or failing?)</translation>
        </message>
        <message>
            <source>the network share did not answer</source>
            <translation>the network share did not answer</translation>
        </message>
        <message>
            <source>the disk holding the journal is full</source>
            <translation>the disk holding the journal is full</translation>
        </message>
        <message>
            <source>the journal file is read-only</source>
            <translation>the journal file is read-only</translation>
        </message>
        <message>
            <source>the journal was busy; try again</source>
            <translation>the journal was busy; try again</translation>
        </message>
        <message>
            <source>the journal file is damaged: restore a backup (File › Restore a backup…)</source>
            <translation>the journal file is damaged: restore a backup (File › Restore a backup…)</translation>
        </message>
        <message>
            <source>the journal could not be read</source>
            <translation>the journal could not be read</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Export the calendar</source>
            <translation>Export the calendar</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Calendar exported</translation>
        </message>
        <message>
            <source>Calendar not exported</source>
            <translation>Calendar not exported</translation>
        </message>
        <message>
            <source>The calendar was saved to %1. Import it in your calendar application; exporting again updates the same events.</source>
            <translation>The calendar was saved to %1. Import it in your calendar application; exporting again updates the same events.</translation>
        </message>
        <message>
            <source>The calendar could not be written to %1 (%2). Choose another folder.</source>
            <translation>The calendar could not be written to %1 (%2). Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>Reminder</name>
        <message>
            <source>1 open action</source>
            <translation>1 open action</translation>
        </message>
        <message numerus="yes">
            <source>%n open actions</source>
            <translation>
                <numerusform>%n open action</numerusform>
                <numerusform>%n open actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Session %1 of %2 %3:</source>
            <translation>Session %1 of %2 %3:</translation>
        </message>
    </context>
    <context>
        <name>PrepSheet</name>
        <message>
            <source>Save the preparation sheet</source>
            <translation>Save the preparation sheet</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Sheet saved</source>
            <translation>Sheet saved</translation>
        </message>
        <message>
            <source>Sheet not saved</source>
            <translation>Sheet not saved</translation>
        </message>
        <message>
            <source>The preparation sheet was saved to %1.

This file is not encrypted: keep it somewhere private.

Open it now?</source>
            <translation>The preparation sheet was saved to %1.

This file is not encrypted: keep it somewhere private.

Open it now?</translation>
        </message>
        <message>
            <source>The folder %1 does not exist: choose another place.</source>
            <translation>The folder %1 does not exist: choose another place.</translation>
        </message>
        <message>
            <source>The preparation sheet could not be written to %1 (%2). Choose another folder.</source>
            <translation>The preparation sheet could not be written to %1 (%2). Choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Session today</source>
            <translation>Session today</translation>
        </message>
        <message>
            <source>Session tomorrow</source>
            <translation>Session tomorrow</translation>
        </message>
        <message numerus="yes">
            <source>Today: %n action(s) fall due — Prepare</source>
            <translation>
                <numerusform>Today: %n action falls due — Prepare</numerusform>
                <numerusform>Today: %n actions fall due — Prepare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %n action(s) fall due</source>
            <translation>
                <numerusform>Today: %n action falls due</numerusform>
                <numerusform>Today: %n actions fall due</numerusform>
            </translation>
        </message>
        <message>
            <source>Session on %1</source>
            <translation>Session on %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) fall due — Prepare</source>
            <translation>
                <numerusform>%1: %n action falls due — Prepare</numerusform>
                <numerusform>%1: %n actions fall due — Prepare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) fall due</source>
            <translation>
                <numerusform>%1: %n action falls due</numerusform>
                <numerusform>%1: %n actions fall due</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Carnet</source>
            <translation>Open Carnet</translation>
        </message>
        <message>
            <source>Prepare the next session</source>
            <translation>Prepare the next session</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>%1 — Prepare</source>
            <translation>%1 — Prepare</translation>
        </message>
        <message>
            <source>Carnet, locked, in the system tray</source>
            <translation>Carnet, locked, in the system tray</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) to review — Prepare</source>
            <translation>
                <numerusform>%1: %n action to review — Prepare</numerusform>
                <numerusform>%1: %n actions to review — Prepare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) to review</source>
            <translation>
                <numerusform>%1: %n action to review</numerusform>
                <numerusform>%1: %n actions to review</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting at login could not be set (%1).</source>
            <translation>Starting at login could not be set (%1).</translation>
        </message>
    </context>
    <context>
        <name>CycleReview</name>
        <message>
            <source>Cycle review</source>
            <translation>Cycle review</translation>
        </message>
        <message>
            <source>A look back over the whole cycle: what changed, what I learned about myself, what I carry on. These notes close your booklet.</source>
            <translation>A look back over the whole cycle: what changed, what I learned about myself, what I carry on. These notes close your booklet.</translation>
        </message>
        <message>
            <source>What has changed in my practice?</source>
            <translation>What has changed in my practice?</translation>
        </message>
        <message>
            <source>Compare with the start of the cycle: situations I now handle differently, habits I changed, what others noticed.</source>
            <translation>Compare with the start of the cycle: situations I now handle differently, habits I changed, what others noticed.</translation>
        </message>
        <message>
            <source>What have I learned about myself?</source>
            <translation>What have I learned about myself?</translation>
        </message>
        <message>
            <source>My reactions, my strengths, what I found hard, what surprised me.</source>
            <translation>My reactions, my strengths, what I found hard, what surprised me.</translation>
        </message>
        <message>
            <source>What do I keep and carry on?</source>
            <translation>What do I keep and carry on?</translation>
        </message>
        <message>
            <source>The practices, actions and resources I will keep once the group has ended.</source>
            <translation>The practices, actions and resources I will keep once the group has ended.</translation>
        </message>
    </context>
    <context>
        <name>SyncFeature</name>
        <message>
            <source>S&amp;ync…</source>
            <translation>S&amp;ync…</translation>
        </message>
        <message>
            <source>Keep this journal in step on your devices</source>
            <translation>Keep this journal in step on your devices</translation>
        </message>
        <message>
            <source>Open the Sync page</source>
            <translation>Open the Sync page</translation>
        </message>
        <message>
            <source>Join a synced journal…</source>
            <translation>Join a synced journal…</translation>
        </message>
        <message>
            <source>Open here the journal you keep on another device</source>
            <translation>Open here the journal you keep on another device</translation>
        </message>
        <message>
            <source>Unlock the journal to set up its sync.</source>
            <translation>Unlock the journal to set up its sync.</translation>
        </message>
        <message>
            <source>Keep this journal in step on your devices through a folder you already sync (Nextcloud, Syncthing, Dropbox…).</source>
            <translation>Keep this journal in step on your devices through a folder you already sync (Nextcloud, Syncthing, Dropbox…).</translation>
        </message>
        <message>
            <source>This journal syncs through %1. %2</source>
            <translation>This journal syncs through %1. %2</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>the folder is read-only</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>This journal is an older copy of its file (a restored backup, a copied file): it now syncs as a new device. What was written since on your devices is applied; where its own words differ from newer ones, both are kept.</source>
            <translation>This journal is an older copy of its file (a restored backup, a copied file): it now syncs as a new device. What was written since on your devices is applied; where its own words differ from newer ones, both are kept.</translation>
        </message>
        <message>
            <source>This journal is a copy (a restored backup or a copied file): it now syncs as a new device.</source>
            <translation>This journal is a copy (a restored backup or a copied file): it now syncs as a new device.</translation>
        </message>
        <message>
            <source>The sync was interrupted; it goes on at the next sync.</source>
            <translation>The sync was interrupted; it goes on at the next sync.</translation>
        </message>
        <message>
            <source>Unexpected sync problem: %1</source>
            <translation>Unexpected sync problem: %1</translation>
        </message>
        <message>
            <source>None of the devices this journal synced with (%1) is in this folder: they do not receive this device's changes, nor this device theirs, until they sync through the same folder.</source>
            <translation>None of the devices this journal synced with (%1) is in this folder: they do not receive this device's changes, nor this device theirs, until they sync through the same folder.</translation>
        </message>
        <message>
            <source>%1 is still being downloaded by your sync tool: it will be read at the next sync.</source>
            <translation>%1 is still being downloaded by your sync tool: it will be read at the next sync.</translation>
        </message>
        <message>
            <source>%1 is not a Carnet change file: it was left aside (delete it if you do not know it).</source>
            <translation>%1 is not a Carnet change file: it was left aside (delete it if you do not know it).</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Carnet: update Carnet on this computer to read it.</source>
            <translation>%1 was written by a newer version of Carnet: update Carnet on this computer to read it.</translation>
        </message>
        <message>
            <source>The changes of device %1 are encrypted for another passphrase: they were not applied. On that device, set sync up again with this journal's passphrase.</source>
            <translation>The changes of device %1 are encrypted for another passphrase: they were not applied. On that device, set sync up again with this journal's passphrase.</translation>
        </message>
        <message>
            <source>%1 is damaged or was altered: it was not applied.</source>
            <translation>%1 is damaged or was altered: it was not applied.</translation>
        </message>
        <message>
            <source>%1 belongs to another journal: it was not applied.</source>
            <translation>%1 belongs to another journal: it was not applied.</translation>
        </message>
        <message>
            <source>Two different files claim to be change %2 of device %1 (a copied journal?): the second one was not applied.</source>
            <translation>Two different files claim to be change %2 of device %1 (a copied journal?): the second one was not applied.</translation>
        </message>
        <message>
            <source>Change %2 of device %1 has not arrived yet: the later ones wait for it.</source>
            <translation>Change %2 of device %1 has not arrived yet: the later ones wait for it.</translation>
        </message>
        <message>
            <source>The journal file %1 is inside the synced folder. Move it out: sync tools damage a journal file in use, and the folder only needs Carnet's change files.</source>
            <translation>The journal file %1 is inside the synced folder. Move it out: sync tools damage a journal file in use, and the folder only needs Carnet's change files.</translation>
        </message>
        <message>
            <source>This computer's changes could not be written to the folder (%1): they stay in the journal and will be sent at the next sync.</source>
            <translation>This computer's changes could not be written to the folder (%1): they stay in the journal and will be sent at the next sync.</translation>
        </message>
        <message>
            <source>Change %2 of device %1 could not be applied: %3</source>
            <translation>Change %2 of device %1 could not be applied: %3</translation>
        </message>
        <message>
            <source>The passphrase was changed on this device: from now on only the new one opens the journal here. Your other devices (%1) keep the old one: their copy of the journal still opens with it, and goes on receiving by sync what you write. Change it on each of them too (File › Change the passphrase…).</source>
            <translation>The passphrase was changed on this device: from now on only the new one opens the journal here. Your other devices (%1) keep the old one: their copy of the journal still opens with it, and goes on receiving by sync what you write. Change it on each of them too (File › Change the passphrase…).</translation>
        </message>
        <message>
            <source>1 text edited on two devices at once: both versions are kept in it, the other one under “Other version”.</source>
            <translation>1 text edited on two devices at once: both versions are kept in it, the other one under “Other version”.</translation>
        </message>
        <message numerus="yes">
            <source>%n texts edited on two devices at once: both versions are kept in each, the other one under “Other version”.</source>
            <translation>
                <numerusform>%n text edited on two devices at once: both versions are kept in it, the other one under “Other version”.</numerusform>
                <numerusform>%n texts edited on two devices at once: both versions are kept in each, the other one under “Other version”.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 title (or name) reworded on two devices at once: the latest wording is shown; the other waits on Carnet's Sync page until you choose.</source>
            <translation>1 title (or name) reworded on two devices at once: the latest wording is shown; the other waits on Carnet's Sync page until you choose.</translation>
        </message>
        <message numerus="yes">
            <source>%n titles (or names) reworded on two devices at once: the latest wording is shown; the others wait on Carnet's Sync page until you choose.</source>
            <translation>
                <numerusform>%n title (or name) reworded on two devices at once: the latest wording is shown; the other waits on Carnet's Sync page until you choose.</numerusform>
                <numerusform>%n titles (or names) reworded on two devices at once: the latest wording is shown; the others wait on Carnet's Sync page until you choose.</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Not synced</source>
            <translation>Not synced</translation>
        </message>
        <message>
            <source>Not synced: journal inside the synced folder</source>
            <translation>Not synced: journal inside the synced folder</translation>
        </message>
        <message>
            <source>Not synced: journal open read-only</source>
            <translation>Not synced: journal open read-only</translation>
        </message>
        <message>
            <source>Changes to send</source>
            <translation>Changes to send</translation>
        </message>
        <message>
            <source>Partly synced</source>
            <translation>Partly synced</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synced</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Synced %1</translation>
        </message>
        <message>
            <source>Click for the Sync page.</source>
            <translation>Click for the Sync page.</translation>
        </message>
        <message>
            <source>The folder is set up with another key than this journal's: choose the folder again on the Sync page.</source>
            <translation>The folder is set up with another key than this journal's: choose the folder again on the Sync page.</translation>
        </message>
        <message>
            <source>This journal does not sync yet: choose a synced folder.</source>
            <translation>This journal does not sync yet: choose a synced folder.</translation>
        </message>
        <message>
            <source>This is not this journal's passphrase: type the passphrase you unlock it with.</source>
            <translation>This is not this journal's passphrase: type the passphrase you unlock it with.</translation>
        </message>
        <message>
            <source>This passphrase opens this journal but not the synced folder: the journal's passphrase was changed on another device. Give this journal the passphrase of your other devices, then choose the folder again.</source>
            <translation>This passphrase opens this journal but not the synced folder: the journal's passphrase was changed on another device. Give this journal the passphrase of your other devices, then choose the folder again.</translation>
        </message>
        <message>
            <source>This passphrase does not open the synced journal: give the passphrase of the journal on your other devices.</source>
            <translation>This passphrase does not open the synced journal: give the passphrase of the journal on your other devices.</translation>
        </message>
        <message>
            <source>The folder was set up by a newer version of Carnet: update Carnet on this computer.</source>
            <translation>The folder was set up by a newer version of Carnet: update Carnet on this computer.</translation>
        </message>
        <message>
            <source>The folder is set up with another key than this journal's (another journal, or the passphrase changed elsewhere). Nothing was changed.</source>
            <translation>The folder is set up with another key than this journal's (another journal, or the passphrase changed elsewhere). Nothing was changed.</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name.</source>
            <translation>A file already exists at this location. Choose another name.</translation>
        </message>
        <message>
            <source>Cancelled: no journal was created.</source>
            <translation>Cancelled: no journal was created.</translation>
        </message>
        <message>
            <source>The sync did not happen: %1</source>
            <translation>The sync did not happen: %1</translation>
        </message>
        <message>
            <source>1 change file sent</source>
            <translation>1 change file sent</translation>
        </message>
        <message numerus="yes">
            <source>%n change files sent</source>
            <translation>
                <numerusform>%n change file sent</numerusform>
                <numerusform>%n change files sent</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n received</numerusform>
                <numerusform>%n received</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict resolved: 1 item</source>
            <translation>Conflict resolved: 1 item</translation>
        </message>
        <message numerus="yes">
            <source>Conflict resolved: %n items</source>
            <translation>
                <numerusform>Conflict resolved: %n item</numerusform>
                <numerusform>Conflict resolved: %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>The synced folder cannot be reached (a drive or a share disconnected?). Your changes stay in the journal and are sent at the next sync.</source>
            <translation>The synced folder cannot be reached (a drive or a share disconnected?). Your changes stay in the journal and are sent at the next sync.</translation>
        </message>
        <message>
            <source>Your journal file is inside the synced folder. Sync tools damage a journal file in use: move the journal out of this folder (or choose another folder on the Sync page). Nothing was synced.</source>
            <translation>Your journal file is inside the synced folder. Sync tools damage a journal file in use: move the journal out of this folder (or choose another folder on the Sync page). Nothing was synced.</translation>
        </message>
        <message>
            <source>A text edited on two devices at once keeps both versions: the other follows under “Other version”, with its date. Edit the text to keep what you want. A title or a name reworded on two devices shows the latest wording; the other waits on the Sync page until you choose.</source>
            <translation>A text edited on two devices at once keeps both versions: the other follows under “Other version”, with its date. Edit the text to keep what you want. A title or a name reworded on two devices shows the latest wording; the other waits on the Sync page until you choose.</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message>
            <source>The synced folder %1 cannot be reached (a drive or a share disconnected?). Your changes stay in the journal and are sent at the next sync.</source>
            <translation>The synced folder %1 cannot be reached (a drive or a share disconnected?). Your changes stay in the journal and are sent at the next sync.</translation>
        </message>
        <message>
            <source>There is no Carnet journal in %1 yet. Set sync up on your other device first, and let your sync tool bring the folder here.</source>
            <translation>There is no Carnet journal in %1 yet. Set sync up on your other device first, and let your sync tool bring the folder here.</translation>
        </message>
        <message>
            <source>%1 holds several Carnet journals: choose the folder of one of them (%1/Carnet/…).</source>
            <translation>%1 holds several Carnet journals: choose the folder of one of them (%1/Carnet/…).</translation>
        </message>
        <message>
            <source>The description of the synced journal in %1 (manifest.json) is missing or damaged. If your sync tool is still downloading, try again later.</source>
            <translation>The description of the synced journal in %1 (manifest.json) is missing or damaged. If your sync tool is still downloading, try again later.</translation>
        </message>
        <message>
            <source>%1 already holds another Carnet journal. To open that journal on this computer, use « Join a synced journal » on the unlock screen. Nothing was changed.</source>
            <translation>%1 already holds another Carnet journal. To open that journal on this computer, use « Join a synced journal » on the unlock screen. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 holds no change file this Carnet can read yet: wait until your sync tool has finished downloading, then try again.</source>
            <translation>%1 holds no change file this Carnet can read yet: wait until your sync tool has finished downloading, then try again.</translation>
        </message>
        <message>
            <source>no other device in this folder</source>
            <translation>no other device in this folder</translation>
        </message>
        <message>
            <source>Conflict resolved: 1 note</source>
            <translation>Conflict resolved: 1 note</translation>
        </message>
        <message numerus="yes">
            <source>Conflict resolved: %n notes</source>
            <translation>
                <numerusform>Conflict resolved: %n note</numerusform>
                <numerusform>Conflict resolved: %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced folder: %1</source>
            <translation>Synced folder: %1</translation>
        </message>
        <message>
            <source>This journal is open read-only: nothing is synced from it or into it. Your journal itself syncs as usual when it is open.</source>
            <translation>This journal is open read-only: nothing is synced from it or into it. Your journal itself syncs as usual when it is open.</translation>
        </message>
        <message>
            <source>Your latest changes are saved in the journal; they are sent to the synced folder in a few moments.</source>
            <translation>Your latest changes are saved in the journal; they are sent to the synced folder in a few moments.</translation>
        </message>
        <message>
            <source>The synced folder %1 cannot be written (read-only or full?). %2</source>
            <translation>The synced folder %1 cannot be written (read-only or full?). %2</translation>
        </message>
    </context>
    <context>
        <name>SyncWordings</name>
        <message>
            <source>Session title</source>
            <translation>Session title</translation>
        </message>
        <message>
            <source>Action title</source>
            <translation>Action title</translation>
        </message>
        <message>
            <source>Topic title</source>
            <translation>Topic title</translation>
        </message>
        <message>
            <source>Objective title</source>
            <translation>Objective title</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Group name</translation>
        </message>
        <message>
            <source>Group facilitator</source>
            <translation>Group facilitator</translation>
        </message>
        <message>
            <source>Group meeting place</source>
            <translation>Group meeting place</translation>
        </message>
        <message>
            <source>Member pseudonym</source>
            <translation>Member pseudonym</translation>
        </message>
        <message>
            <source>Session key word</source>
            <translation>Session key word</translation>
        </message>
        <message>
            <source>Document caption</source>
            <translation>Document caption</translation>
        </message>
        <message>
            <source>Document file name</source>
            <translation>Document file name</translation>
        </message>
        <message>
            <source>written on this device</source>
            <translation>written on this device</translation>
        </message>
        <message>
            <source>written on another device</source>
            <translation>written on another device</translation>
        </message>
        <message>
            <source>Reworded on two devices at once: every device shows the latest wording, and keeps the other here until you choose. Choosing is an edit like any other: your other devices take it at their next sync.</source>
            <translation>Reworded on two devices at once: every device shows the latest wording, and keeps the other here until you choose. Choosing is an edit like any other: your other devices take it at their next sync.</translation>
        </message>
        <message>
            <source>Keep this wording</source>
            <translation>Keep this wording</translation>
        </message>
        <message>
            <source>Two wordings</source>
            <translation>Two wordings</translation>
        </message>
        <message numerus="yes">
            <source>(%n more on the Sync page)</source>
            <translation>
                <numerusform>(%n more on the Sync page)</numerusform>
                <numerusform>(%n more on the Sync page)</numerusform>
            </translation>
        </message>
        <message>
            <source>written on %1</source>
            <translation>written on %1</translation>
        </message>
        <message>
            <source>shown now</source>
            <translation>shown now</translation>
        </message>
        <message>
            <source>not shown</source>
            <translation>not shown</translation>
        </message>
        <message>
            <source>Other wording, %1: « %2 »</source>
            <translation>Other wording, %1: « %2 »</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>« %1 » — %2 (%3)</source>
            <translation>« %1 » — %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>SyncedFolder</name>
        <message>
            <source>This folder is synced</source>
            <translation>This folder is synced</translation>
        </message>
        <message>
            <source>your groups' names and places and your action titles</source>
            <translation>your groups' names and places and your action titles</translation>
        </message>
        <message>
            <source>the dates of your sessions and of your actions' due dates, without any name or title</source>
            <translation>the dates of your sessions and of your actions' due dates, without any name or title</translation>
        </message>
        <message>
            <source>“%1” is inside the folder your journal syncs through (%2). This file is NOT encrypted: the sync client would send everything in it to the cloud, in clear.

Write it there anyway?</source>
            <translation>“%1” is inside the folder your journal syncs through (%2). This file is NOT encrypted: the sync client would send everything in it to the cloud, in clear.

Write it there anyway?</translation>
        </message>
        <message>
            <source>“%1” is inside the folder your journal syncs through (%2). This calendar file is NOT encrypted and Carnet rewrites it after each change: the sync client would send %3 to the cloud, in clear.

Keep it up to date there anyway?</source>
            <translation>“%1” is inside the folder your journal syncs through (%2). This calendar file is NOT encrypted and Carnet rewrites it after each change: the sync client would send %3 to the cloud, in clear.

Keep it up to date there anyway?</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the journal file is read-only</source>
            <translation>the journal file is read-only</translation>
        </message>
        <message>
            <source>Quit without saving it</source>
            <translation>Quit without saving it</translation>
        </message>
        <message>
            <source>Lock without saving it</source>
            <translation>Lock without saving it</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>A change that could not be saved before the lock was put back on screen. It is saved now.</source>
            <translation>A change that could not be saved before the lock was put back on screen. It is saved now.</translation>
        </message>
        <message>
            <source>Change put back</source>
            <translation>Change put back</translation>
        </message>
        <message>
            <source>A change that could not be saved is waiting for you to unlock the journal. If you quit now, it will be lost.</source>
            <translation>A change that could not be saved is waiting for you to unlock the journal. If you quit now, it will be lost.</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Stay</translation>
        </message>
        <message>
            <source>Change lost</source>
            <translation>Change lost</translation>
        </message>
        <message>
            <source>A change that could not be saved before the lock cannot be put back: the journal's key has changed since. It is lost.</source>
            <translation>A change that could not be saved before the lock cannot be put back: the journal's key has changed since. It is lost.</translation>
        </message>
        <message>
            <source>A change that could not be saved before the lock was put back on screen. It still cannot be saved: %1. It stays on screen.</source>
            <translation>A change that could not be saved before the lock was put back on screen. It still cannot be saved: %1. It stays on screen.</translation>
        </message>
        <message>
            <source>A change that could not be saved is waiting for you to unlock “%1”. If you quit now, it will be lost.</source>
            <translation>A change that could not be saved is waiting for you to unlock “%1”. If you quit now, it will be lost.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: %1. If you quit now, it will be lost.</source>
            <translation>Your last change could not be saved: %1. If you quit now, it will be lost.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: %1. If you lock now, it will be lost.</source>
            <translation>Your last change could not be saved: %1. If you lock now, it will be lost.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>no terminal to ask the passphrase on: run it in a terminal, or give the passphrase on standard input with --passphrase-stdin</source>
            <translation>no terminal to ask the passphrase on: run it in a terminal, or give the passphrase on standard input with --passphrase-stdin</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of this journal open with the current passphrase. After the change, rekey them to the new passphrase (r) or delete them (d)? [r/d] </source>
            <translation>
                <numerusform>%n backup of this journal opens with the current passphrase. After the change, rekey it to the new passphrase (r) or delete it (d)? [r/d] </numerusform>
                <numerusform>%n backups of this journal open with the current passphrase. After the change, rekey them to the new passphrase (r) or delete them (d)? [r/d] </numerusform>
            </translation>
        </message>
        <message>
            <source>Confirm the passphrase: </source>
            <translation>Confirm the passphrase: </translation>
        </message>
        <message>
            <source>Passphrase of the new journal: </source>
            <translation>Passphrase of the new journal: </translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Current passphrase: </translation>
        </message>
        <message>
            <source>create a new, empty journal</source>
            <translation>create a new, empty journal</translation>
        </message>
        <message>
            <source>create a journal filled with sample content</source>
            <translation>create a journal filled with sample content</translation>
        </message>
        <message>
            <source>check the journal's integrity (prints ok)</source>
            <translation>check the journal's integrity (prints ok)</translation>
        </message>
        <message>
            <source>write an encrypted copy of the journal</source>
            <translation>write an encrypted copy of the journal</translation>
        </message>
        <message>
            <source>change the passphrase (the journal's backups are rekeyed or deleted)</source>
            <translation>change the passphrase (the journal's backups are rekeyed or deleted)</translation>
        </message>
        <message>
            <source>Wrong passphrase — or the file is not a Carnet journal. Check the passphrase (capital letters, accents) and try again.</source>
            <translation>Wrong passphrase — or the file is not a Carnet journal. Check the passphrase (capital letters, accents) and try again.</translation>
        </message>
        <message>
            <source>the journal is already open in another Carnet window or process; close it there first</source>
            <translation>the journal is already open in another Carnet window or process; close it there first</translation>
        </message>
        <message>
            <source>this journal was written by a newer version of Carnet; update Carnet to open it</source>
            <translation>this journal was written by a newer version of Carnet; update Carnet to open it</translation>
        </message>
        <message>
            <source>the journal is damaged; nothing was changed. Restore the latest backup (the app offers it when unlocking).</source>
            <translation>the journal is damaged; nothing was changed. Restore the latest backup (the app offers it when unlocking).</translation>
        </message>
        <message>
            <source>this file is not a Carnet journal, or it is damaged beyond reading</source>
            <translation>this file is not a Carnet journal, or it is damaged beyond reading</translation>
        </message>
        <message>
            <source>this installation cannot protect the journal (SQLCipher 4 is needed); reinstall Carnet</source>
            <translation>this installation cannot protect the journal (SQLCipher 4 is needed); reinstall Carnet</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>the passphrase must not be empty</source>
            <translation>the passphrase must not be empty</translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed</source>
            <translation>the two passphrases differ; nothing was changed</translation>
        </message>
        <message>
            <source>no journal at %1 (create one with `carnet init`)</source>
            <translation>no journal at %1 (create one with `carnet init`)</translation>
        </message>
        <message>
            <source>--sessions must be 0 or more</source>
            <translation>--sessions must be 0 or more</translation>
        </message>
        <message>
            <source>Passphrase changed: from now on only the new one opens the journal.</source>
            <translation>Passphrase changed: from now on only the new one opens the journal.</translation>
        </message>
        <message>
            <source>the name shown on the journal</source>
            <translation>the name shown on the journal</translation>
        </message>
        <message>
            <source>generate N sessions over several groups (for benchmarks) instead of the hand-written sample</source>
            <translation>generate N sessions over several groups (for benchmarks) instead of the hand-written sample</translation>
        </message>
        <message>
            <source>the backup file to write</source>
            <translation>the backup file to write</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>replace FILE if it exists</translation>
        </message>
        <message>
            <source>what to do with the journal's backups, which open with the current passphrase: rekey them to the new one or delete them (asked at a terminal; with --passphrase-stdin and no choice: rekey)</source>
            <translation>what to do with the journal's backups, which open with the current passphrase: rekey them to the new one or delete them (asked at a terminal; with --passphrase-stdin and no choice: rekey)</translation>
        </message>
        <message>
            <source>Carnet — a personal, encrypted logbook for peer-practice groups. Without a command, opens the desktop app (on JOURNAL if given).</source>
            <translation>Carnet — a personal, encrypted logbook for peer-practice groups. Without a command, opens the desktop app (on JOURNAL if given).</translation>
        </message>
        <message>
            <source>open the app on a fresh demo journal</source>
            <translation>open the app on a fresh demo journal</translation>
        </message>
        <message>
            <source>the language of the app and of these messages</source>
            <translation>the language of the app and of these messages</translation>
        </message>
        <message>
            <source>no passphrase on standard input (one per line expected)</source>
            <translation>no passphrase on standard input (one per line expected)</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>New passphrase: </translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Strength: %1</translation>
        </message>
        <message>
            <source>warning: the journal's key could not be strengthened (its folder is read-only or the disk is full). The journal opens as before; Carnet will try again the next time it is opened.</source>
            <translation>warning: the journal's key could not be strengthened (its folder is read-only or the disk is full). The journal opens as before; Carnet will try again the next time it is opened.</translation>
        </message>
        <message>
            <source>Journal created: %1</source>
            <translation>Journal created: %1</translation>
        </message>
        <message>
            <source>Encrypted backup written (same passphrase): %1</source>
            <translation>Encrypted backup written (same passphrase): %1</translation>
        </message>
        <message>
            <source>r</source>
            <comment>rekey answer</comment>
            <translation>r</translation>
        </message>
        <message>
            <source>d</source>
            <comment>delete answer</comment>
            <translation>d</translation>
        </message>
        <message>
            <source>the new passphrase is the same as the current one; nothing was changed</source>
            <translation>the new passphrase is the same as the current one; nothing was changed</translation>
        </message>
        <message>
            <source>%1 cannot be reached now</source>
            <translation>%1 cannot be reached now</translation>
        </message>
        <message>
            <source>this passphrase cannot be used: %1; nothing was changed</source>
            <translation>this passphrase cannot be used: %1; nothing was changed</translation>
        </message>
        <message>
            <source>a file already exists at %1; choose another path</source>
            <translation>a file already exists at %1; choose another path</translation>
        </message>
        <message>
            <source>%1 already exists; choose another name or add --force</source>
            <translation>%1 already exists; choose another name or add --force</translation>
        </message>
        <message>
            <source>carnet: warning: the synced folder still asks a new device for the old passphrase (%1); `carnet sync` updates it once the folder can be reached.</source>
            <translation>carnet: warning: the synced folder still asks a new device for the old passphrase (%1); `carnet sync` updates it once the folder can be reached.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) rekeyed: they open with the new passphrase only (in %1).</source>
            <translation>
                <numerusform>%n backup rekeyed: it opens with the new passphrase only (in %1).</numerusform>
                <numerusform>%n backups rekeyed: they open with the new passphrase only (in %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) deleted (in %1).</source>
            <translation>
                <numerusform>%n backup deleted (in %1).</numerusform>
                <numerusform>%n backups deleted (in %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>carnet: warning: %1 could be neither rekeyed nor deleted; it may still open with the old passphrase: delete it yourself.</source>
            <translation>carnet: warning: %1 could be neither rekeyed nor deleted; it may still open with the old passphrase: delete it yourself.</translation>
        </message>
        <message>
            <source>read the passphrase from the first line of standard input (passwd: current on line 1, new on line 2)</source>
            <translation>read the passphrase from the first line of standard input (passwd: current on line 1, new on line 2)</translation>
        </message>
        <message>
            <source>no journal at %1</source>
            <translation>no journal at %1</translation>
        </message>
        <message>
            <source>%1 is a folder, not a journal file</source>
            <translation>%1 is a folder, not a journal file</translation>
        </message>
        <message>
            <source>%1 is empty: it is not a Carnet journal</source>
            <translation>%1 is empty: it is not a Carnet journal</translation>
        </message>
        <message>
            <source>%1 is an unencrypted SQLite database, not a Carnet journal</source>
            <translation>%1 is an unencrypted SQLite database, not a Carnet journal</translation>
        </message>
        <message>
            <source>%1 is an encrypted database but not a Carnet journal</source>
            <translation>%1 is an encrypted database but not a Carnet journal</translation>
        </message>
        <message>
            <source>%1 is not a Carnet journal, or it is damaged beyond reading; open another file or restore a backup</source>
            <translation>%1 is not a Carnet journal, or it is damaged beyond reading; open another file or restore a backup</translation>
        </message>
        <message>
            <source>writing failed; nothing was half-written</source>
            <translation>writing failed; nothing was half-written</translation>
        </message>
        <message>
            <source>the passphrase on standard input is not valid UTF-8</source>
            <translation>the passphrase on standard input is not valid UTF-8</translation>
        </message>
        <message>
            <source>the journal file (default: %1)</source>
            <translation>the journal file (default: %1)</translation>
        </message>
        <message>
            <source>unexpected error: %1</source>
            <translation>unexpected error: %1</translation>
        </message>
        <message>
            <source>write the personal progress booklet (PDF, not encrypted)</source>
            <translation>write the personal progress booklet (PDF, not encrypted)</translation>
        </message>
        <message>
            <source>the PDF file to write (replaced if it exists)</source>
            <translation>the PDF file to write (replaced if it exists)</translation>
        </message>
        <message>
            <source>only this group (repeat for several; default: all)</source>
            <translation>only this group (repeat for several; default: all)</translation>
        </message>
        <message>
            <source>first day of the period (YYYY-MM-DD)</source>
            <translation>first day of the period (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>last day of the period (YYYY-MM-DD)</source>
            <translation>last day of the period (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>keep other participants' real names (anonymised by default)</source>
            <translation>keep other participants' real names (anonymised by default)</translation>
        </message>
        <message>
            <source>another name to hide (repeatable)</source>
            <translation>another name to hide (repeatable)</translation>
        </message>
        <message>
            <source>leave my own name off the cover</source>
            <translation>leave my own name off the cover</translation>
        </message>
        <message>
            <source>also include sessions with notes that are not marked held (planned or missed); otherwise they are left out and listed</source>
            <translation>also include sessions with notes that are not marked held (planned or missed); otherwise they are left out and listed</translation>
        </message>
        <message>
            <source>put the sessions' photos in their chapters and list their PDFs</source>
            <translation>put the sessions' photos in their chapters and list their PDFs</translation>
        </message>
        <message>
            <source>language of the booklet's own words (default: the language of these messages)</source>
            <translation>language of the booklet's own words (default: the language of these messages)</translation>
        </message>
        <message>
            <source>--from is after --to</source>
            <translation>--from is after --to</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>; and %1 more</source>
            <translation>; and %1 more</translation>
        </message>
        <message>
            <source>warning: 1 session of the period has notes or documents but is left out, because only sessions marked held are told: %1. Add --include-unheld to include it, or mark it held.</source>
            <translation>warning: 1 session of the period has notes or documents but is left out, because only sessions marked held are told: %1. Add --include-unheld to include it, or mark it held.</translation>
        </message>
        <message numerus="yes">
            <source>Booklet written (NOT encrypted): %1 (%n pages)</source>
            <translation>
                <numerusform>Booklet written (NOT encrypted): %1 (%n page)</numerusform>
                <numerusform>Booklet written (NOT encrypted): %1 (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: the booklet shows other participants' real names</source>
            <translation>warning: the booklet shows other participants' real names</translation>
        </message>
        <message>
            <source>%1 is not a date (expected YYYY-MM-DD, e.g. 2025-03-14)</source>
            <translation>%1 is not a date (expected YYYY-MM-DD, e.g. 2025-03-14)</translation>
        </message>
        <message>
            <source>warning: %1 sessions of the period have notes or documents but are left out, because only sessions marked held are told: %2. Add --include-unheld to include them, or mark them held.</source>
            <translation>warning: %1 sessions of the period have notes or documents but are left out, because only sessions marked held are told: %2. Add --include-unheld to include them, or mark them held.</translation>
        </message>
        <message>
            <source>planned</source>
            <comment>session status</comment>
            <translation>planned</translation>
        </message>
        <message>
            <source>held</source>
            <comment>session status</comment>
            <translation>held</translation>
        </message>
        <message>
            <source>missed</source>
            <comment>session status</comment>
            <translation>missed</translation>
        </message>
        <message>
            <source>no group named %1 (groups: %2)</source>
            <translation>no group named %1 (groups: %2)</translation>
        </message>
        <message>
            <source>%1, session %2, %3 (%4)</source>
            <translation>%1, session %2, %3 (%4)</translation>
        </message>
        <message>
            <source>export the journal to Markdown or JSON (the result is NOT encrypted)</source>
            <translation>export the journal to Markdown or JSON (the result is NOT encrypted)</translation>
        </message>
        <message>
            <source>import a JSON export into the journal, or into a new journal (never duplicates)</source>
            <translation>import a JSON export into the journal, or into a new journal (never duplicates)</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n rating</numerusform>
                <numerusform>%n ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feeling(s)</source>
            <translation>
                <numerusform>%n feeling</numerusform>
                <numerusform>%n feelings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key word(s)</source>
            <translation>
                <numerusform>%n key word</numerusform>
                <numerusform>%n key words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning(s)</source>
            <translation>
                <numerusform>%n learning</numerusform>
                <numerusform>%n learnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message>
            <source>the owner's name</source>
            <translation>the owner's name</translation>
        </message>
        <message numerus="yes">
            <source>%n action review(s)</source>
            <translation>
                <numerusform>%n action review</numerusform>
                <numerusform>%n action reviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s)</source>
            <translation>
                <numerusform>%n setting</numerusform>
                <numerusform>%n settings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step note(s)</source>
            <translation>
                <numerusform>%n step note</numerusform>
                <numerusform>%n step notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n topic</numerusform>
                <numerusform>%n topics</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) or document(s)</source>
            <translation>
                <numerusform>%n photo or document</numerusform>
                <numerusform>%n photos or documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n already present</source>
            <translation>
                <numerusform>; %n already present</numerusform>
                <numerusform>; %n already present</numerusform>
            </translation>
        </message>
        <message>
            <source>markdown: a folder of readable files; json: the complete journal, re-importable</source>
            <translation>markdown: a folder of readable files; json: the complete journal, re-importable</translation>
        </message>
        <message>
            <source>markdown: a new or empty folder (or a previous export); json: the file to write</source>
            <translation>markdown: a new or empty folder (or a previous export); json: the file to write</translation>
        </message>
        <message>
            <source>json: replace PATH if it exists</source>
            <translation>json: replace PATH if it exists</translation>
        </message>
        <message>
            <source>markdown: language of the headings (default: the language of these messages)</source>
            <translation>markdown: language of the headings (default: the language of these messages)</translation>
        </message>
        <message>
            <source>markdown: replace the members' masked names by their pseudonyms in the texts</source>
            <translation>markdown: replace the members' masked names by their pseudonyms in the texts</translation>
        </message>
        <message>
            <source>--anonymise applies to the Markdown export only</source>
            <translation>--anonymise applies to the Markdown export only</translation>
        </message>
        <message>
            <source>a JSON export of a Carnet journal</source>
            <translation>a JSON export of a Carnet journal</translation>
        </message>
        <message>
            <source>create a new encrypted journal at PATH from the file (asks a new passphrase) instead of merging into the journal</source>
            <translation>create a new encrypted journal at PATH from the file (asks a new passphrase) instead of merging into the journal</translation>
        </message>
        <message>
            <source>check the file and say what would be added, without changing anything</source>
            <translation>check the file and say what would be added, without changing anything</translation>
        </message>
        <message>
            <source>Import would add nothing</source>
            <translation>Import would add nothing</translation>
        </message>
        <message>
            <source>Import added nothing</source>
            <translation>Import added nothing</translation>
        </message>
        <message>
            <source>Export written (NOT encrypted): %1</source>
            <translation>Export written (NOT encrypted): %1</translation>
        </message>
        <message>
            <source>--dry-run applies to a merge, not to --new-journal</source>
            <translation>--dry-run applies to a merge, not to --new-journal</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>Import would add %1</source>
            <translation>Import would add %1</translation>
        </message>
        <message>
            <source>Import added %1</source>
            <translation>Import added %1</translation>
        </message>
        <message>
            <source>list actions as a table</source>
            <translation>list actions as a table</translation>
        </message>
        <message>
            <source>export planned sessions and due actions to a calendar file (not encrypted)</source>
            <translation>export planned sessions and due actions to a calendar file (not encrypted)</translation>
        </message>
        <message>
            <source>find text you wrote (prints matches with session and date)</source>
            <translation>find text you wrote (prints matches with session and date)</translation>
        </message>
        <message>
            <source>only this group's actions</source>
            <translation>only this group's actions</translation>
        </message>
        <message>
            <source>only open actions</source>
            <translation>only open actions</translation>
        </message>
        <message>
            <source>the .ics file to write (NOT encrypted)</source>
            <translation>the .ics file to write (NOT encrypted)</translation>
        </message>
        <message>
            <source>also write group names and places, action titles and how many actions to review (never note text; not encrypted!)</source>
            <translation>also write group names and places, action titles and how many actions to review (never note text; not encrypted!)</translation>
        </message>
        <message>
            <source>words to find (accents and case ignored)</source>
            <translation>words to find (accents and case ignored)</translation>
        </message>
        <message>
            <source>to do</source>
            <comment>action status</comment>
            <translation>to do</translation>
        </message>
        <message>
            <source>in progress</source>
            <comment>action status</comment>
            <translation>in progress</translation>
        </message>
        <message>
            <source>done</source>
            <comment>action status</comment>
            <translation>done</translation>
        </message>
        <message>
            <source>dropped</source>
            <comment>action status</comment>
            <translation>dropped</translation>
        </message>
        <message>
            <source>postponed</source>
            <comment>action status</comment>
            <translation>postponed</translation>
        </message>
        <message>
            <source>note</source>
            <comment>search hit</comment>
            <translation>note</translation>
        </message>
        <message>
            <source>learning</source>
            <comment>search hit</comment>
            <translation>learning</translation>
        </message>
        <message>
            <source>feeling</source>
            <comment>search hit</comment>
            <translation>feeling</translation>
        </message>
        <message>
            <source>action</source>
            <comment>search hit</comment>
            <translation>action</translation>
        </message>
        <message>
            <source>review</source>
            <comment>search hit</comment>
            <translation>review</translation>
        </message>
        <message>
            <source>topic</source>
            <comment>search hit</comment>
            <translation>topic</translation>
        </message>
        <message>
            <source>key word</source>
            <comment>search hit</comment>
            <translation>key word</translation>
        </message>
        <message>
            <source>objective</source>
            <comment>search hit</comment>
            <translation>objective</translation>
        </message>
        <message>
            <source>self-assessment</source>
            <comment>search hit</comment>
            <translation>self-assessment</translation>
        </message>
        <message>
            <source>document</source>
            <comment>search hit</comment>
            <translation>document</translation>
        </message>
        <message>
            <source>session</source>
            <comment>search hit</comment>
            <translation>session</translation>
        </message>
        <message>
            <source>group</source>
            <comment>search hit</comment>
            <translation>group</translation>
        </message>
        <message>
            <source>No actions.</source>
            <translation>No actions.</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>No open actions.</translation>
        </message>
        <message>
            <source>Action</source>
            <comment>table header</comment>
            <translation>Action</translation>
        </message>
        <message>
            <source>Group</source>
            <comment>table header</comment>
            <translation>Group</translation>
        </message>
        <message>
            <source>Session</source>
            <comment>table header</comment>
            <translation>Session</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>table header</comment>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>table header</comment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Calendar written (NOT encrypted): %1</source>
            <translation>Calendar written (NOT encrypted): %1</translation>
        </message>
        <message>
            <source>warning: the calendar file also names your groups, places and actions in clear text</source>
            <translation>warning: the calendar file also names your groups, places and actions in clear text</translation>
        </message>
        <message>
            <source>warning: the calendar file is not encrypted: anyone who can read %1 sees what it holds.</source>
            <translation>warning: the calendar file is not encrypted: anyone who can read %1 sees what it holds.</translation>
        </message>
        <message>
            <source>No results for “%1”.</source>
            <translation>No results for “%1”.</translation>
        </message>
        <message>
            <source>, session no. %1 of %2</source>
            <translation>, session no. %1 of %2</translation>
        </message>
        <message>
            <source>no. %1 %2</source>
            <translation>no. %1 %2</translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n received</numerusform>
                <numerusform>%n received</numerusform>
            </translation>
        </message>
        <message>
            <source>the folder is set up with another key than this journal's: set it up again with carnet sync --folder PATH.</source>
            <translation>the folder is set up with another key than this journal's: set it up again with carnet sync --folder PATH.</translation>
        </message>
        <message>
            <source>this journal does not sync yet: give the synced folder with --folder PATH</source>
            <translation>this journal does not sync yet: give the synced folder with --folder PATH</translation>
        </message>
        <message>
            <source>the folder was set up by a newer version of Carnet: update Carnet on this computer</source>
            <translation>the folder was set up by a newer version of Carnet: update Carnet on this computer</translation>
        </message>
        <message>
            <source>the folder is set up with another key than this journal's (another journal, or the passphrase changed elsewhere): nothing was changed</source>
            <translation>the folder is set up with another key than this journal's (another journal, or the passphrase changed elsewhere): nothing was changed</translation>
        </message>
        <message>
            <source>cancelled: no journal was created</source>
            <translation>cancelled: no journal was created</translation>
        </message>
        <message>
            <source>the sync did not happen: %1</source>
            <translation>the sync did not happen: %1</translation>
        </message>
        <message>
            <source>1 change file sent</source>
            <translation>1 change file sent</translation>
        </message>
        <message numerus="yes">
            <source>%n change files sent</source>
            <translation>
                <numerusform>%n change file sent</numerusform>
                <numerusform>%n change files sent</numerusform>
            </translation>
        </message>
        <message>
            <source>the journal file %1 is inside the synced folder %2. Sync tools damage a journal file in use: move the journal out of this folder first (or choose another folder); the folder only needs Carnet's change files. Nothing was synced.</source>
            <translation>the journal file %1 is inside the synced folder %2. Sync tools damage a journal file in use: move the journal out of this folder first (or choose another folder); the folder only needs Carnet's change files. Nothing was synced.</translation>
        </message>
        <message>
            <source>Passphrase of the journal on your other devices: </source>
            <translation>Passphrase of the journal on your other devices: </translation>
        </message>
        <message>
            <source>send this journal's changes to the synced folder and apply the other devices' ones</source>
            <translation>send this journal's changes to the synced folder and apply the other devices' ones</translation>
        </message>
        <message>
            <source>create this device's journal from a synced folder (same passphrase as your other devices)</source>
            <translation>create this device's journal from a synced folder (same passphrase as your other devices)</translation>
        </message>
        <message>
            <source>warning: the journal file %1 is inside the synced folder. Move it out: sync tools damage a journal file in use, and the folder only needs Carnet's change files.</source>
            <translation>warning: the journal file %1 is inside the synced folder. Move it out: sync tools damage a journal file in use, and the folder only needs Carnet's change files.</translation>
        </message>
        <message>
            <source>the changes of this computer could not be written to the folder (%1): they stay in the journal and will be sent at the next sync.</source>
            <translation>the changes of this computer could not be written to the folder (%1): they stay in the journal and will be sent at the next sync.</translation>
        </message>
        <message>
            <source>warning: none of the devices this journal synced with (%1) is in %2: they do not receive this computer's changes, nor it theirs, until they sync through the same folder (or this journal goes back to theirs with --folder PATH).</source>
            <translation>warning: none of the devices this journal synced with (%1) is in %2: they do not receive this computer's changes, nor it theirs, until they sync through the same folder (or this journal goes back to theirs with --folder PATH).</translation>
        </message>
        <message>
            <source>the sync folder %1 cannot be reached (a drive or a share disconnected?). Nothing was changed; your changes will be sent at the next sync.</source>
            <translation>the sync folder %1 cannot be reached (a drive or a share disconnected?). Nothing was changed; your changes will be sent at the next sync.</translation>
        </message>
        <message>
            <source>the sync folder %1 cannot be written (read-only or full?): %2</source>
            <translation>the sync folder %1 cannot be written (read-only or full?): %2</translation>
        </message>
        <message>
            <source>there is no Carnet journal in %1 yet: set sync up on your other device first (carnet sync --folder PATH), and let your sync tool bring the folder here.</source>
            <translation>there is no Carnet journal in %1 yet: set sync up on your other device first (carnet sync --folder PATH), and let your sync tool bring the folder here.</translation>
        </message>
        <message>
            <source>%1 holds several Carnet journals (%2): choose one with --journal-id ID</source>
            <translation>%1 holds several Carnet journals (%2): choose one with --journal-id ID</translation>
        </message>
        <message>
            <source>this passphrase does not open the journal synced in %1: give the passphrase of the journal on your other devices</source>
            <translation>this passphrase does not open the journal synced in %1: give the passphrase of the journal on your other devices</translation>
        </message>
        <message>
            <source>the description of the synced journal in %1 (manifest.json) is missing or damaged; if your sync tool is still downloading, try again later</source>
            <translation>the description of the synced journal in %1 (manifest.json) is missing or damaged; if your sync tool is still downloading, try again later</translation>
        </message>
        <message>
            <source>%1 already holds another Carnet journal: to open that journal on this computer, use carnet join --folder PATH; nothing was changed</source>
            <translation>%1 already holds another Carnet journal: to open that journal on this computer, use carnet join --folder PATH; nothing was changed</translation>
        </message>
        <message>
            <source>%1 holds no change file this Carnet can read yet: wait until your sync tool has finished downloading, then try again</source>
            <translation>%1 holds no change file this Carnet can read yet: wait until your sync tool has finished downloading, then try again</translation>
        </message>
        <message>
            <source>Synced: %1, %2.</source>
            <translation>Synced: %1, %2.</translation>
        </message>
        <message>
            <source>Partly synced: %1, %2.</source>
            <translation>Partly synced: %1, %2.</translation>
        </message>
        <message>
            <source>the folder your sync tool keeps in step (Nextcloud, Syncthing, Dropbox, a share…); remembered in the journal after the first time</source>
            <translation>the folder your sync tool keeps in step (Nextcloud, Syncthing, Dropbox, a share…); remembered in the journal after the first time</translation>
        </message>
        <message>
            <source>set the folder up without asking (scripts)</source>
            <translation>set the folder up without asking (scripts)</translation>
        </message>
        <message>
            <source>This journal syncs through %1. Sync it through %2 from now on? [y/N] </source>
            <translation>This journal syncs through %1. Sync it through %2 from now on? [y/N] </translation>
        </message>
        <message>
            <source>Sync this journal through %1? Carnet will write its encrypted change files in %1/Carnet. [y/N] </source>
            <translation>Sync this journal through %1? Carnet will write its encrypted change files in %1/Carnet. [y/N] </translation>
        </message>
        <message>
            <source>y</source>
            <comment>yes answer</comment>
            <translation>y</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>yes answer</comment>
            <translation>yes</translation>
        </message>
        <message>
            <source>nothing was changed</source>
            <translation>nothing was changed</translation>
        </message>
        <message>
            <source>the synced folder where your other device set sync up</source>
            <translation>the synced folder where your other device set sync up</translation>
        </message>
        <message>
            <source>which journal, when the folder holds several</source>
            <translation>which journal, when the folder holds several</translation>
        </message>
        <message>
            <source>Journal created: %1 — it opens with the same passphrase and syncs through %2.</source>
            <translation>Journal created: %1 — it opens with the same passphrase and syncs through %2.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>the folder %1 is not set up for this journal yet: add --yes to set it up</source>
            <translation>the folder %1 is not set up for this journal yet: add --yes to set it up</translation>
        </message>
        <message>
            <source>%1 is inside the synced folder: sync tools damage a journal file in use. Choose a place outside %2 (the folder only needs Carnet's change files).</source>
            <translation>%1 is inside the synced folder: sync tools damage a journal file in use. Choose a place outside %2 (the folder only needs Carnet's change files).</translation>
        </message>
        <message>
            <source>the folder %1 cannot be found (a drive or a share disconnected?). No journal was created.</source>
            <translation>the folder %1 cannot be found (a drive or a share disconnected?). No journal was created.</translation>
        </message>
        <message>
            <source>This journal now syncs through %1.</source>
            <translation>This journal now syncs through %1.</translation>
        </message>
        <message numerus="yes">
            <source>Building the journal: %1 of %n file(s) (%3 %)</source>
            <translation>
                <numerusform>Building the journal: %1 of %n file (%3 %)</numerusform>
                <numerusform>Building the journal: %1 of %n files (%3 %)</numerusform>
            </translation>
        </message>
    </context>
</TS>
