<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>The licence file of the fonts is missing from this installation.</source>
            <translation>Le fichier de licence des polices manque dans cette installation.</translation>
        </message>
        <message>
            <source>BSD-style (Zetetic); sqlcipher3: zlib</source>
            <translation>type BSD (Zetetic) ; sqlcipher3 : zlib</translation>
        </message>
        <message>
            <source>About Carnet</source>
            <translation>À propos de Carnet</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>A personal, encrypted logbook for peer-practice groups: co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques.</source>
            <translation>Un carnet de bord personnel et chiffré pour les groupes de pratique entre pairs : co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques.</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>&amp;Licence</translation>
        </message>
        <message>
            <source>Li&amp;braries</source>
            <translation>&amp;Bibliothèques</translation>
        </message>
        <message>
            <source>&amp;Fonts</source>
            <translation>&amp;Polices</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Carnet is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later).

Carnet is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: https://www.gnu.org/licenses/gpl-3.0.html</source>
            <translation>Carnet est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU (GNU General Public License) telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later).

Carnet est distribué dans l’espoir qu’il sera utile, mais SANS AUCUNE GARANTIE ; sans même la garantie implicite de QUALITÉ MARCHANDE ou d’ADÉQUATION À UN USAGE PARTICULIER. Consultez la Licence publique générale GNU pour plus de détails : https://www.gnu.org/licenses/gpl-3.0.html</translation>
        </message>
        <message>
            <source>Carnet is built on these free libraries:</source>
            <translation>Carnet s’appuie sur ces bibliothèques libres :</translation>
        </message>
        <message>
            <source>Libraries and their licences</source>
            <translation>Bibliothèques et leurs licences</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
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
            <translation>Le livret est composé avec les polices DejaVu Sans, fournies avec Carnet. Polices DejaVu : licence Bitstream Vera ; les modifications DejaVu sont dans le domaine public ; glyphes des polices Arev © Tavmjong Bah. La licence complète :</translation>
        </message>
        <message>
            <source>Licence of the DejaVu fonts</source>
            <translation>Licence des polices DejaVu</translation>
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
            <translation>À essayer d’ici cette date</translation>
        </message>
        <message>
            <source>To try by</source>
            <translation>À essayer d’ici le</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Sans date</translation>
        </message>
        <message>
            <source>Status of the action</source>
            <translation>Statut de l’action</translation>
        </message>
        <message>
            <source>Delete this action</source>
            <translation>Supprimer cette action</translation>
        </message>
        <message>
            <source>Last follow-up (%1): %2</source>
            <translation>Dernier suivi (%1) : %2</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Résultat : %1</translation>
        </message>
        <message>
            <source>Nothing noted yet.</source>
            <translation>Rien de noté pour l’instant.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>What I tried</source>
            <translation>Ce que j’ai essayé</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce que ça a donné</translation>
        </message>
    </context>
    <context>
        <name>ActionsBody</name>
        <message>
            <source>What will I try before the next session?</source>
            <translation>Qu’est-ce que je vais essayer d’ici la prochaine séance ?</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Add the action</source>
            <translation>Ajouter l’action</translation>
        </message>
        <message>
            <source>Action “%1” deleted.</source>
            <translation>Action « %1 » supprimée.</translation>
        </message>
        <message>
            <source>Action “%1” deleted, with its follow-up note.</source>
            <translation>Action « %1 » supprimée, avec son suivi.</translation>
        </message>
        <message numerus="yes">
            <source>Action “%1” deleted, with its %n follow-up notes.</source>
            <translation>
                <numerusform>Action « %1 » supprimée, avec ses %n suivis.</numerusform>
                <numerusform>Action « %1 » supprimée, avec ses %n suivis.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <source>Attach a photo or a PDF…</source>
            <translation>Joindre une photo ou un PDF…</translation>
        </message>
        <message>
            <source>Attach a photo…</source>
            <translation>Joindre une photo…</translation>
        </message>
        <message>
            <source>Attach a photo or a PDF to «%1»</source>
            <translation>Joindre une photo ou un PDF à « %1 »</translation>
        </message>
        <message>
            <source>Paste an image</source>
            <translation>Coller une image</translation>
        </message>
        <message>
            <source>Paste an image into the documents</source>
            <translation>Coller une image dans les documents</translation>
        </message>
        <message>
            <source>Keep the original size</source>
            <translation>Garder la taille d’origine</translation>
        </message>
        <message>
            <source>Photos are otherwise reduced to 2,400 pixels on their longest side. Location, camera and date are removed either way.</source>
            <translation>Sinon, les photos sont réduites à 2 400 pixels sur leur plus grand côté. Le lieu, l’appareil et la date sont retirés dans tous les cas.</translation>
        </message>
        <message>
            <source>Adding…</source>
            <translation>Ajout en cours…</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>Documents of the session</source>
            <translation>Documents de la séance</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Précédent</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Suivant ▶</translation>
        </message>
        <message>
            <source>−</source>
            <translation>−</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Rotate ↻</source>
            <translation>Pivoter ↻</translation>
        </message>
        <message>
            <source>Turn the photo a quarter clockwise (saved)</source>
            <translation>Tourner la photo d’un quart de tour vers la droite (enregistré)</translation>
        </message>
        <message>
            <source>Caption (found by the search)</source>
            <translation>Légende (trouvée par la recherche)</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>Open with…</source>
            <translation>Ouvrir avec…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>PDF, %1 MB — %2</source>
            <translation>PDF, %1 Mo — %2</translation>
        </message>
        <message>
            <source>Open it with another application: « Open with… »</source>
            <translation>Ouvrez-le avec une autre application : « Ouvrir avec… »</translation>
        </message>
        <message>
            <source>%1 × %2 pixels, %3 MB</source>
            <translation>%1 × %2 pixels, %3 Mo</translation>
        </message>
        <message>
            <source>The photo was not turned</source>
            <translation>La photo n’a pas été tournée</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <source>Photos and PDF (%1)</source>
            <translation>Photos et PDF (%1)</translation>
        </message>
        <message>
            <source>pasted-image</source>
            <translation>image-collée</translation>
        </message>
        <message>
            <source>The copy is NOT encrypted: anyone who can open the file can see it. Keep it somewhere private and delete it when you no longer need it.</source>
            <translation>La copie n’est PAS chiffrée : toute personne qui peut ouvrir le fichier peut la voir. Rangez-la en lieu sûr et supprimez-la quand vous n’en avez plus besoin.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>le fichier est vide.</translation>
        </message>
        <message>
            <source>it is not a photo (JPEG, PNG, WebP, HEIC) nor a PDF.</source>
            <translation>ce n’est ni une photo (JPEG, PNG, WebP, HEIC) ni un PDF.</translation>
        </message>
        <message>
            <source>it is damaged or incomplete (a download that did not finish?).</source>
            <translation>il est abîmé ou incomplet (un téléchargement inachevé ?).</translation>
        </message>
        <message>
            <source>its dimensions are too large to open safely (more than 64 million pixels).</source>
            <translation>ses dimensions sont trop grandes pour l’ouvrir sans risque (plus de 64 millions de pixels).</translation>
        </message>
        <message>
            <source>HEIC photos cannot be read on this computer; export it as JPEG from the phone or the photo application.</source>
            <translation>les photos HEIC ne peuvent pas être lues sur cet ordinateur ; exportez-la en JPEG depuis le téléphone ou l’application Photos.</translation>
        </message>
        <message>
            <source>it is not a file that can be read (a folder, a pipe or a device).</source>
            <translation>ce n’est pas un fichier qui se lit (c’est un dossier, un tube ou un périphérique).</translation>
        </message>
        <message>
            <source>it is already attached to this session.</source>
            <translation>il est déjà joint à cette séance.</translation>
        </message>
        <message>
            <source>it could not be read: %1.</source>
            <translation>il n’a pas pu être lu : %1.</translation>
        </message>
        <message>
            <source>it could not be saved in the journal: %1.</source>
            <translation>il n’a pas pu être enregistré dans le carnet : %1.</translation>
        </message>
        <message>
            <source>it is %1 MB; a journal keeps files up to %2 MB. Reduce the photo or split the PDF, then attach it again.</source>
            <translation>il pèse %1 Mo ; un carnet garde des fichiers jusqu’à %2 Mo. Réduisez la photo ou découpez le PDF, puis joignez-le à nouveau.</translation>
        </message>
        <message>
            <source>kept at its full size, this %1 MB photo would weigh more than the %2 MB a journal keeps. Uncheck « Keep the original size » and attach it again.</source>
            <translation>gardée à sa taille d’origine, cette photo de %1 Mo pèserait plus que les %2 Mo qu’un carnet garde. Décochez « Garder la taille d’origine » et joignez-la à nouveau.</translation>
        </message>
        <message>
            <source>its name says %1 but it holds %2: rename it or check where it came from.</source>
            <translation>son nom indique %1 mais il contient du %2 : renommez-le ou vérifiez sa provenance.</translation>
        </message>
    </context>
    <context>
        <name>AutoStatusNote</name>
        <message>
            <source>Marked as held, since you are writing about it.</source>
            <translation>Marquée comme tenue, puisque vous y écrivez.</translation>
        </message>
        <message>
            <source>Undo: it has not taken place yet</source>
            <translation>Annuler : elle n’a pas encore eu lieu</translation>
        </message>
        <message>
            <source>Put the session back to planned</source>
            <translation>Remettre la séance en « planifiée »</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>a save has not finished</source>
            <translation>un enregistrement n’est pas terminé</translation>
        </message>
    </context>
    <context>
        <name>BookletDialog</name>
        <message>
            <source>Print the booklet</source>
            <translation>Imprimer le livret</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>Groups in the booklet</source>
            <translation>Groupes du livret</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Sessions in the booklet</source>
            <translation>Séances du livret</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>Personal objectives</source>
            <translation>Objectifs personnels</translation>
        </message>
        <message>
            <source>Learnings by theme</source>
            <translation>Enseignements par thème</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d’action</translation>
        </message>
        <message>
            <source>Progress charts</source>
            <translation>Graphiques de progression</translation>
        </message>
        <message>
            <source>Closing reflection</source>
            <translation>Regard sur le cycle</translation>
        </message>
        <message>
            <source>Photos and documents of the sessions</source>
            <translation>Photos et documents des séances</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Replace other participants' names by their pseudonyms</source>
            <translation>Remplacer le nom des autres participants par leur pseudonyme</translation>
        </message>
        <message>
            <source>Leave my name off the cover</source>
            <translation>Ne pas mettre mon nom sur la couverture</translation>
        </message>
        <message>
            <source>Other names to hide, separated by commas</source>
            <translation>Autres noms à masquer, séparés par des virgules</translation>
        </message>
        <message>
            <source>Other names to hide</source>
            <translation>Autres noms à masquer</translation>
        </message>
        <message>
            <source>Photos and documents are printed as they are: the names they show are not replaced by pseudonyms.</source>
            <translation>Les photos et documents sont imprimés tels quels : les noms qu’ils montrent ne sont pas remplacés par les pseudonymes.</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Mise en page</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Language of the booklet</source>
            <translation>Langue du livret</translation>
        </message>
        <message>
            <source>Page count</source>
            <translation>Nombre de pages</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Create the PDF…</source>
            <translation>Créer le PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>✓ Your booklet is saved</source>
            <translation>✓ Votre livret est enregistré</translation>
        </message>
        <message>
            <source>Where the booklet is saved</source>
            <translation>Où le livret est enregistré</translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Ouvrir le PDF</translation>
        </message>
        <message>
            <source>Open its folder</source>
            <translation>Ouvrir son dossier</translation>
        </message>
        <message>
            <source>Back to the options</source>
            <translation>Revenir aux options</translation>
        </message>
        <message>
            <source>Pages: %1</source>
            <translation>Pages : %1</translation>
        </message>
        <message>
            <source>No application could open it on this computer. It is saved here: %1 — open it from your file manager.</source>
            <translation>Aucune application n’a pu l’ouvrir sur cet ordinateur. Il est enregistré ici : %1 — ouvrez-le depuis votre gestionnaire de fichiers.</translation>
        </message>
        <message>
            <source>Session %1, %2 — %3</source>
            <translation>Séance %1, %2 — %3</translation>
        </message>
        <message numerus="yes">
            <source>Included although not marked held (planned or missed): %n session(s) with notes or documents.</source>
            <translation>
                <numerusform>Incluse bien que non marquée tenue (planifiée ou manquée) : %n séance avec des notes ou des documents.</numerusform>
                <numerusform>Incluses bien que non marquées tenues (planifiées ou manquées) : %n séances avec des notes ou des documents.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out: %n session(s) of the period with notes or documents, because not marked held (still planned, or missed).</source>
            <translation>
                <numerusform>Laissée de côté : %n séance de la période avec des notes ou des documents, car elle n’est pas marquée tenue (encore planifiée, ou manquée).</numerusform>
                <numerusform>Laissées de côté : %n séances de la période avec des notes ou des documents, car elles ne sont pas marquées tenues (encore planifiées, ou manquées).</numerusform>
            </translation>
        </message>
        <message>
            <source>Leave them out</source>
            <translation>Les laisser de côté</translation>
        </message>
        <message>
            <source>Include them in the booklet</source>
            <translation>Les inclure dans le livret</translation>
        </message>
        <message>
            <source>Counting the pages…</source>
            <translation>Calcul du nombre de pages…</translation>
        </message>
        <message>
            <source>Choose at least one part.</source>
            <translation>Choisissez au moins une partie.</translation>
        </message>
        <message>
            <source>Booklet</source>
            <translation>Livret</translation>
        </message>
        <message>
            <source>carnet-de-bord.pdf</source>
            <translation>carnet-de-bord.pdf</translation>
        </message>
        <message>
            <source>Save the booklet</source>
            <translation>Enregistrer le livret</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
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
            <translation>Le nombre de pages n’est pas disponible.</translation>
        </message>
        <message>
            <source>An unexpected problem stopped the booklet (%1).</source>
            <translation>Un problème inattendu a empêché de créer le livret (%1).</translation>
        </message>
        <message>
            <source>The booklet was not created</source>
            <translation>Le livret n’a pas été créé</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>Export the calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>Your planned sessions and the due dates of your open actions, as a calendar file (.ics) that calendar applications can import.</source>
            <translation>Vos séances prévues et les échéances de vos actions ouvertes, dans un fichier de calendrier (.ics) que les agendas savent importer.</translation>
        </message>
        <message>
            <source>This file is not encrypted, and calendars are often synchronised to a server. By default it holds the dates and neutral text only, with an alarm before each session and on each due date.</source>
            <translation>Ce fichier n’est pas chiffré, et les agendas sont souvent synchronisés avec un serveur. Par défaut, il ne contient que les dates et un texte neutre, avec une alarme avant chaque séance et à chaque échéance.</translation>
        </message>
        <message>
            <source>Include details</source>
            <translation>Inclure les détails</translation>
        </message>
        <message>
            <source>Adds your groups' names and places, the titles of your actions and how many actions you have to review. Never the text of your notes.</source>
            <translation>Ajoute le nom et le lieu de vos groupes, le titre de vos actions et le nombre d’actions à revoir. Jamais le texte de vos notes.</translation>
        </message>
        <message>
            <source>Choose the file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
    </context>
    <context>
        <name>CalendarFeedKeeper</name>
        <message>
            <source>The calendar file %1 could not be updated (%2).</source>
            <translation>Le fichier d’agenda %1 n’a pas pu être mis à jour (%2).</translation>
        </message>
        <message>
            <source>The calendar file %1 is not kept up to date: it is in the synced folder and is not encrypted. To keep it there, confirm it in Preferences.</source>
            <translation>Le fichier d’agenda %1 n’est pas tenu à jour : il est dans le dossier synchronisé et n’est pas chiffré. Pour l’y garder, confirmez-le dans Édition › Préférences.</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Carried over</source>
            <translation>Reportée</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>High priority</source>
            <translation>Prioritaire</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>This chart could not be drawn: %1</source>
            <translation>Ce graphique n’a pas pu être tracé : %1</translation>
        </message>
    </context>
    <context>
        <name>CheckInHomeLine</name>
        <message>
            <source>Since last time</source>
            <translation>Depuis la dernière fois</translation>
        </message>
        <message>
            <source>Open the check-in: since last time</source>
            <translation>Ouvrir le tour de table : depuis la dernière fois</translation>
        </message>
        <message>
            <source>For the first minutes of your next meeting: what you committed to last time, what happened, the key word you left with and the topic you bring.</source>
            <translation>Pour les premières minutes de votre prochaine rencontre : ce que vous vous étiez engagé·e à faire, ce que ça a donné, le mot-clé que vous avez emporté et le sujet que vous apportez.</translation>
        </message>
    </context>
    <context>
        <name>CheckInView</name>
        <message>
            <source>SINCE LAST TIME</source>
            <translation>DEPUIS LA DERNIÈRE FOIS</translation>
        </message>
        <message>
            <source>&amp;Print on one page…</source>
            <translation>&amp;Imprimer sur une page…</translation>
        </message>
        <message>
            <source>Open the &amp;last session</source>
            <translation>Ouvrir la &amp;dernière séance</translation>
        </message>
        <message>
            <source>What I committed to</source>
            <translation>Ce que je m’étais engagé·e à faire</translation>
        </message>
        <message>
            <source>No action was decided at the last session.</source>
            <translation>Aucune action décidée à la dernière séance.</translation>
        </message>
        <message>
            <source>Followed up since, from earlier sessions</source>
            <translation>Suivies depuis, des séances d’avant</translation>
        </message>
        <message>
            <source>What I left with</source>
            <translation>Ce que j’ai emporté</translation>
        </message>
        <message>
            <source>The topic I bring</source>
            <translation>Le sujet que j’apporte</translation>
        </message>
        <message>
            <source>No group yet</source>
            <translation>Pas encore de groupe</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>Aucune séance prévue</translation>
        </message>
        <message>
            <source>since session %1 on %2</source>
            <translation>depuis la séance n°%1 du %2</translation>
        </message>
        <message>
            <source>no session held before</source>
            <translation>aucune séance tenue avant</translation>
        </message>
        <message>
            <source>No session held yet in this group.</source>
            <translation>Aucune séance tenue dans ce groupe pour l’instant.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>Still open from before: %1</source>
            <translation>Encore ouvertes d’avant : %1</translation>
        </message>
        <message>
            <source>Feeling: %1 (%2/5)</source>
            <translation>Ressenti : %1 (%2/5)</translation>
        </message>
        <message>
            <source>No feeling noted after the last session.</source>
            <translation>Aucun ressenti noté après la dernière séance.</translation>
        </message>
        <message>
            <source>No topic waiting.</source>
            <translation>Pas de sujet en attente.</translation>
        </message>
        <message>
            <source>Print the check-in</source>
            <translation>Imprimer le tour de table</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Non imprimé</translation>
        </message>
        <message>
            <source>The page could not be written to %1 (%2). Choose another folder.</source>
            <translation>La page n’a pas pu être écrite dans %1 (%2). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>Page saved</source>
            <translation>Page enregistrée</translation>
        </message>
        <message>
            <source>The check-in was saved to %1.

This file is not encrypted: keep it somewhere private.

Open it now to print it?</source>
            <translation>Le tour de table a été enregistré dans %1.

Ce fichier n’est pas chiffré : gardez-le en lieu sûr.

L’ouvrir maintenant pour l’imprimer ?</translation>
        </message>
    </context>
    <context>
        <name>CountWords</name>
        <message>
            <source>1 group</source>
            <translation>1 groupe</translation>
        </message>
        <message numerus="yes">
            <source>%n groups</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 membre</translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
            </translation>
        </message>
        <message>
            <source>1 objective</source>
            <translation>1 objectif</translation>
        </message>
        <message numerus="yes">
            <source>%n objectives</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 séance</translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>1 step note</source>
            <translation>1 note d’étape</translation>
        </message>
        <message numerus="yes">
            <source>%n step notes</source>
            <translation>
                <numerusform>%n note d’étape</numerusform>
                <numerusform>%n notes d’étape</numerusform>
            </translation>
        </message>
        <message>
            <source>1 key word</source>
            <translation>1 mot-clé</translation>
        </message>
        <message numerus="yes">
            <source>%n key words</source>
            <translation>
                <numerusform>%n mot-clé</numerusform>
                <numerusform>%n mots-clés</numerusform>
            </translation>
        </message>
        <message>
            <source>1 learning</source>
            <translation>1 enseignement</translation>
        </message>
        <message numerus="yes">
            <source>%n learnings</source>
            <translation>
                <numerusform>%n enseignement</numerusform>
                <numerusform>%n enseignements</numerusform>
            </translation>
        </message>
        <message>
            <source>1 feeling</source>
            <translation>1 ressenti</translation>
        </message>
        <message numerus="yes">
            <source>%n feelings</source>
            <translation>
                <numerusform>%n ressenti</numerusform>
                <numerusform>%n ressentis</numerusform>
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
            <translation>1 suivi d’action</translation>
        </message>
        <message numerus="yes">
            <source>%n action follow-ups</source>
            <translation>
                <numerusform>%n suivi d’action</numerusform>
                <numerusform>%n suivis d’action</numerusform>
            </translation>
        </message>
        <message>
            <source>1 self-rating</source>
            <translation>1 auto-évaluation</translation>
        </message>
        <message numerus="yes">
            <source>%n self-ratings</source>
            <translation>
                <numerusform>%n auto-évaluation</numerusform>
                <numerusform>%n auto-évaluations</numerusform>
            </translation>
        </message>
        <message>
            <source>1 topic to bring</source>
            <translation>1 sujet à apporter</translation>
        </message>
        <message numerus="yes">
            <source>%n topics to bring</source>
            <translation>
                <numerusform>%n sujet à apporter</numerusform>
                <numerusform>%n sujets à apporter</numerusform>
            </translation>
        </message>
        <message>
            <source>1 photo or document</source>
            <translation>1 photo ou document</translation>
        </message>
        <message numerus="yes">
            <source>%n photos or documents</source>
            <translation>
                <numerusform>%n photo ou document</numerusform>
                <numerusform>%n photos ou documents</numerusform>
            </translation>
        </message>
        <message>
            <source>the owner's name</source>
            <translation>le nom du titulaire du carnet</translation>
        </message>
        <message>
            <source>1 journal setting</source>
            <translation>1 réglage du carnet</translation>
        </message>
        <message numerus="yes">
            <source>%n journal settings</source>
            <translation>
                <numerusform>%n réglage du carnet</numerusform>
                <numerusform>%n réglages du carnet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DamageBanner</name>
        <message>
            <source>Carnet found damage in this journal (%1). To protect what is left, it is read-only: nothing you change now is saved.</source>
            <translation>Carnet a trouvé des dégâts dans ce carnet (%1). Pour protéger ce qui reste, il est en lecture seule : rien de ce que vous modifiez maintenant n’est enregistré.</translation>
        </message>
        <message>
            <source>integrity check</source>
            <translation>contrôle d’intégrité</translation>
        </message>
        <message>
            <source>Restore the latest valid backup…</source>
            <translation>Restaurer la dernière sauvegarde valide…</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>“%1” is not a date this field can take: it keeps “%2”.</source>
            <translation>« %1 » n’est pas une date que ce champ peut prendre : il garde « %2 ».</translation>
        </message>
    </context>
    <context>
        <name>Emotion</name>
        <message>
            <source>joy</source>
            <translation>joie</translation>
        </message>
        <message>
            <source>confidence</source>
            <translation>confiance</translation>
        </message>
        <message>
            <source>serenity</source>
            <translation>sérénité</translation>
        </message>
        <message>
            <source>curiosity</source>
            <translation>curiosité</translation>
        </message>
        <message>
            <source>pride</source>
            <translation>fierté</translation>
        </message>
        <message>
            <source>gratitude</source>
            <translation>gratitude</translation>
        </message>
        <message>
            <source>relief</source>
            <translation>soulagement</translation>
        </message>
        <message>
            <source>surprise</source>
            <translation>surprise</translation>
        </message>
        <message>
            <source>worry</source>
            <translation>inquiétude</translation>
        </message>
        <message>
            <source>frustration</source>
            <translation>frustration</translation>
        </message>
        <message>
            <source>anger</source>
            <translation>colère</translation>
        </message>
        <message>
            <source>sadness</source>
            <translation>tristesse</translation>
        </message>
        <message>
            <source>tiredness</source>
            <translation>fatigue</translation>
        </message>
        <message>
            <source>fear</source>
            <translation>peur</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Write the journal as Markdown or JSON files (NOT encrypted)</source>
            <translation>Écrire le carnet en fichiers Markdown ou JSON (NON chiffrés)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Add the content of a JSON export to this journal</source>
            <translation>Ajouter à ce carnet le contenu d’un export JSON</translation>
        </message>
        <message>
            <source>Export not written</source>
            <translation>Export non écrit</translation>
        </message>
        <message>
            <source>The export could not be written; nothing was left half-written.</source>
            <translation>L’export n’a pas pu être écrit ; aucun fichier n’est resté à moitié écrit.</translation>
        </message>
        <message>
            <source>Export written — NOT encrypted</source>
            <translation>Export écrit — NON chiffré</translation>
        </message>
        <message>
            <source>Your journal was exported to:
%1</source>
            <translation>Votre carnet a été exporté dans :
%1</translation>
        </message>
        <message>
            <source>This export is NOT encrypted: anyone who can open it can read your journal, including what other participants confided. Keep it somewhere private and delete it when you no longer need it.</source>
            <translation>Cet export n’est PAS chiffré : quiconque peut l’ouvrir peut lire votre carnet, y compris ce que les autres participants ont confié. Gardez-le en lieu sûr et supprimez-le dès que vous n’en avez plus besoin.</translation>
        </message>
        <message>
            <source>Export written (not encrypted): %1</source>
            <translation>Export écrit (non chiffré) : %1</translation>
        </message>
        <message>
            <source>Import a Carnet export</source>
            <translation>Importer un export de Carnet</translation>
        </message>
        <message>
            <source>Carnet exports (*.json);;All files (*)</source>
            <translation>Exports de Carnet (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>File not imported</source>
            <translation>Fichier non importé</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Détails : %1</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <source>Everything in %1 is already in your journal. Nothing was changed.</source>
            <translation>Tout le contenu de %1 est déjà dans votre carnet. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Added to your journal:</source>
            <translation>Ajouté à votre carnet :</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Import terminé</translation>
        </message>
        <message>
            <source>No backup before the import</source>
            <translation>Pas de sauvegarde avant l’import</translation>
        </message>
        <message>
            <source>A backup copy of your journal could not be written before the import:
%1

Import anyway? The import only adds to the journal, but it could not be undone.</source>
            <translation>Une copie de sauvegarde de votre carnet n’a pas pu être écrite avant l’import :
%1

Importer quand même ? L’import ne fait qu’ajouter au carnet, mais il ne pourrait pas être annulé.</translation>
        </message>
        <message>
            <source>The import failed and your journal was not changed.</source>
            <translation>L’import a échoué et votre carnet n’a pas été modifié.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the journal</source>
            <translation>Exporter le carnet</translation>
        </message>
        <message>
            <source>Copy your journal out of Carnet: to read, print or archive it, or to move it to another computer.</source>
            <translation>Copiez votre carnet hors de Carnet : pour le lire, l’imprimer ou l’archiver, ou pour le transférer sur un autre ordinateur.</translation>
        </message>
        <message>
            <source>The export is NOT encrypted: anyone who can open the files can read your journal, including what other participants confided. Keep it somewhere private and delete it when you no longer need it.</source>
            <translation>L’export n’est PAS chiffré : quiconque peut ouvrir les fichiers peut lire votre carnet, y compris ce que les autres participants ont confié. Gardez-le en lieu sûr et supprimez-le dès que vous n’en avez plus besoin.</translation>
        </message>
        <message>
            <source>&amp;Markdown — files to read</source>
            <translation>&amp;Markdown — des fichiers à lire</translation>
        </message>
        <message>
            <source>Export as Markdown files</source>
            <translation>Exporter en fichiers Markdown</translation>
        </message>
        <message>
            <source>&amp;JSON — the complete journal in one file</source>
            <translation>&amp;JSON — tout le carnet dans un seul fichier</translation>
        </message>
        <message>
            <source>Export as one JSON file</source>
            <translation>Exporter en un seul fichier JSON</translation>
        </message>
        <message>
            <source>Replace the names to mask by the &amp;pseudonyms</source>
            <translation>Remplacer les noms à masquer par les &amp;pseudonymes</translation>
        </message>
        <message>
            <source>Anonymise the Markdown export</source>
            <translation>Anonymiser l’export Markdown</translation>
        </message>
        <message>
            <source>Language of the headings</source>
            <translation>Langue des titres</translation>
        </message>
        <message>
            <source>&amp;Headings in:</source>
            <translation>&amp;Titres en :</translation>
        </message>
        <message>
            <source>One file per session and an index, to read, print or archive.</source>
            <translation>Un fichier par séance et un index, à lire, imprimer ou archiver.</translation>
        </message>
        <message>
            <source>Everything the journal holds, in a file Carnet can import again: to move or merge a journal.</source>
            <translation>Tout le contenu du carnet, dans un fichier que Carnet sait réimporter : pour déplacer ou fusionner un carnet.</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Pas encore choisie</translation>
        </message>
        <message>
            <source>Where the export will be written</source>
            <translation>Où l’export sera écrit</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose where to write the export</source>
            <translation>Choisir où écrire l’export</translation>
        </message>
        <message>
            <source>&amp;Destination:</source>
            <translation>&amp;Destination :</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Write the export</source>
            <translation>Écrire l’export</translation>
        </message>
        <message>
            <source>Close without exporting</source>
            <translation>Fermer sans exporter</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Choose a folder for the Markdown export</source>
            <translation>Choisir un dossier pour l’export Markdown</translation>
        </message>
        <message>
            <source>Export the journal as JSON</source>
            <translation>Exporter le carnet en JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>The export cannot replace the journal itself. Choose another name.</source>
            <translation>L’export ne peut pas remplacer le carnet lui-même. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it with the export?</source>
            <translation>%1 existe déjà. Le remplacer par l’export ?</translation>
        </message>
    </context>
    <context>
        <name>FeelingRow</name>
        <message>
            <source>Feeling before the session</source>
            <translation>Ressenti avant la séance</translation>
        </message>
        <message>
            <source>Feeling after the session</source>
            <translation>Ressenti après la séance</translation>
        </message>
        <message>
            <source>Choose an emotion…</source>
            <translation>Choisir une émotion…</translation>
        </message>
        <message>
            <source>Intensity before the session</source>
            <translation>Intensité avant la séance</translation>
        </message>
        <message>
            <source>Intensity after the session</source>
            <translation>Intensité après la séance</translation>
        </message>
        <message>
            <source>Intensity, from 1 (barely) to 5 (intensely)</source>
            <translation>Intensité, de 1 (à peine) à 5 (intensément)</translation>
        </message>
        <message>
            <source>In a few words: what brought it about?</source>
            <translation>En quelques mots : qu’est-ce qui l’a suscité ?</translation>
        </message>
        <message>
            <source>What brought this feeling about (before the session)</source>
            <translation>Ce qui a suscité ce ressenti (avant la séance)</translation>
        </message>
        <message>
            <source>What brought this feeling about (after the session)</source>
            <translation>Ce qui a suscité ce ressenti (après la séance)</translation>
        </message>
        <message>
            <source>Remove this feeling</source>
            <translation>Retirer ce ressenti</translation>
        </message>
        <message>
            <source>No emotion chosen: your words are kept, saved with “%1” until you choose another (× removes the feeling).</source>
            <translation>Aucune émotion choisie : vos mots sont gardés, enregistrés avec « %1 » jusqu’à ce que vous en choisissiez une autre (× supprime le ressenti).</translation>
        </message>
        <message>
            <source>Your words are kept. Choose the emotion that goes with them.</source>
            <translation>Vos mots sont gardés. Choisissez l’émotion qui va avec.</translation>
        </message>
    </context>
    <context>
        <name>Feelings</name>
        <message>
            <source>1 — barely</source>
            <translation>1 — à peine</translation>
        </message>
        <message>
            <source>2 — a little</source>
            <translation>2 — un peu</translation>
        </message>
        <message>
            <source>3 — moderately</source>
            <translation>3 — moyennement</translation>
        </message>
        <message>
            <source>4 — strongly</source>
            <translation>4 — fortement</translation>
        </message>
        <message>
            <source>5 — intensely</source>
            <translation>5 — intensément</translation>
        </message>
    </context>
    <context>
        <name>FeelingsBody</name>
        <message>
            <source>Before the session</source>
            <translation>Avant la séance</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>Après la séance</translation>
        </message>
        <message>
            <source>+ Another feeling</source>
            <translation>+ Un autre ressenti</translation>
        </message>
        <message>
            <source>Add a feeling before the session</source>
            <translation>Ajouter un ressenti avant la séance</translation>
        </message>
        <message>
            <source>Add a feeling after the session</source>
            <translation>Ajouter un ressenti après la séance</translation>
        </message>
        <message>
            <source>Feeling “%1” deleted.</source>
            <translation>Ressenti « %1 » supprimé.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>FileColumnsInLanguage</name>
        <message>
            <source>Carnet journal</source>
            <translation>Carnet</translation>
        </message>
    </context>
    <context>
        <name>FormattingBar</name>
        <message>
            <source>Formatting</source>
            <translation>Mise en forme</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italique</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Liste à puces</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Liste numérotée</translation>
        </message>
    </context>
    <context>
        <name>GroupEditor</name>
        <message>
            <source>Name or initials</source>
            <translation>Nom ou initiales</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>every</source>
            <translation>à intervalle de</translation>
        </message>
        <message>
            <source>First session</source>
            <translation>Première séance</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Se réunit</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Séances prévues</translation>
        </message>
        <message>
            <source>Weeks or months</source>
            <translation>Semaines ou mois</translation>
        </message>
        <message>
            <source>Pseudonym or initials</source>
            <translation>Pseudonyme ou initiales</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Confidentiality: « les contenus des échanges restent dans le cadre de la rencontre ». Refer to the other participants by a pseudonym or their initials only. Names you list to mask are replaced by the pseudonym in anything that leaves the journal (booklet, export).</source>
            <translation>Confidentialité : « les contenus des échanges restent dans le cadre de la rencontre ». Désignez les autres participants uniquement par un pseudonyme ou leurs initiales. Les noms que vous indiquez à masquer sont remplacés par le pseudonyme dans tout ce qui sort du carnet (livret, export).</translation>
        </message>
        <message>
            <source>The rules the group agreed on at its first meeting.</source>
            <translation>Les règles de fonctionnement convenues par le groupe lors de sa première rencontre.</translation>
        </message>
        <message>
            <source>Suggest the format's principles</source>
            <translation>Proposer les principes du format</translation>
        </message>
        <message>
            <source>Add an objective</source>
            <translation>Ajouter un objectif</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Remove this group…</source>
            <translation>Supprimer ce groupe…</translation>
        </message>
        <message>
            <source>The group</source>
            <translation>Le groupe</translation>
        </message>
        <message>
            <source>Rhythm</source>
            <translation>Rythme</translation>
        </message>
        <message>
            <source>End of the cycle</source>
            <translation>Fin du cycle</translation>
        </message>
        <message>
            <source>Remove the objective</source>
            <translation>Retirer l’objectif</translation>
        </message>
        <message>
            <source>“%1” is rated at 1 session. Removing it deletes that rating and the words written beside it. Remove it?</source>
            <translation>« %1 » est évalué à 1 séance. Le retirer supprime cette évaluation et les mots écrits à côté. Le retirer ?</translation>
        </message>
        <message numerus="yes">
            <source>“%1” is rated at %n sessions. Removing it deletes those ratings and the words written beside them. Remove it?</source>
            <translation>
                <numerusform>« %1 » est évalué à %n séance. Le retirer supprime cette évaluation et les mots écrits à côté. Le retirer ?</numerusform>
                <numerusform>« %1 » est évalué à %n séances. Le retirer supprime ces évaluations et les mots écrits à côté. Le retirer ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <source>the group was not saved</source>
            <translation>le groupe n’a pas été enregistré</translation>
        </message>
        <message>
            <source>Clear the form?</source>
            <translation>Effacer le formulaire ?</translation>
        </message>
        <message>
            <source>Everything typed for this new group will be erased.</source>
            <translation>Tout ce qui a été saisi pour ce nouveau groupe sera effacé.</translation>
        </message>
        <message>
            <source>The group was not saved: %1.</source>
            <translation>Le groupe n’a pas été enregistré : %1.</translation>
        </message>
        <message>
            <source>Bring this group back</source>
            <translation>Réactiver ce groupe</translation>
        </message>
        <message>
            <source>This group is archived: greyed in the list, no longer proposed on Home, in Préparer or in Progression. Everything in it is kept, and printed in your booklets.</source>
            <translation>Ce groupe est archivé : grisé dans la liste, il n’est plus proposé sur l’accueil, dans Préparer ni dans Progression. Tout ce qu’il contient est gardé, et imprimé dans vos livrets.</translation>
        </message>
        <message>
            <source>Archive this group</source>
            <translation>Archiver ce groupe</translation>
        </message>
        <message>
            <source>When the cycle ends, archive the group: it stays in your journal and your booklets, greyed in the list, and is no longer proposed elsewhere. A group made by mistake, with nothing written in it, can be removed.</source>
            <translation>Quand le cycle se termine, archivez le groupe : il reste dans votre carnet et vos livrets, grisé dans la liste, et n’est plus proposé ailleurs. Un groupe créé par erreur, où rien n’est écrit, peut être supprimé.</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) of this group are still open: Préparer lists them under « All groups », and its sessions' pages show them.</source>
            <translation>
                <numerusform>%n action de ce groupe est encore ouverte : Préparer la montre sous « Tous les groupes », et la page de sa séance aussi.</numerusform>
                <numerusform>%n actions de ce groupe sont encore ouvertes : Préparer les montre sous « Tous les groupes », et les pages de leurs séances aussi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) to bring are still waiting in it: Préparer › « Topics to bring », « All groups ».</source>
            <translation>
                <numerusform>%n sujet à apporter attend encore dans ce groupe : Préparer › « Sujets à apporter », « Tous les groupes ».</numerusform>
                <numerusform>%n sujets à apporter attendent encore dans ce groupe : Préparer › « Sujets à apporter », « Tous les groupes ».</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” still holds:</source>
            <translation>« %1 » a encore :</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n autre</numerusform>
                <numerusform>%n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s): %1</source>
            <translation>
                <numerusform>%n action ouverte : %1</numerusform>
                <numerusform>%n actions ouvertes : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) still to bring</source>
            <translation>
                <numerusform>%n sujet encore à apporter</numerusform>
                <numerusform>%n sujets encore à apporter</numerusform>
            </translation>
        </message>
        <message>
            <source>Archived, the group keeps them as they are, but they leave Home and the reminders: its planned sessions are no longer announced. Préparer still lists its open actions and topics under « All groups », and “Bring this group back” undoes the archiving.</source>
            <translation>Archivé, le groupe les garde tels quels, mais ils quittent l’accueil et les rappels : ses séances prévues ne sont plus annoncées. Préparer montre encore ses actions ouvertes et ses sujets sous « Tous les groupes », et « Réactiver ce groupe » annule l’archivage.</translation>
        </message>
        <message>
            <source>Save your changes first: %1</source>
            <translation>Enregistrez d’abord vos modifications : %1</translation>
        </message>
        <message>
            <source>Archive this group?</source>
            <translation>Archiver ce groupe ?</translation>
        </message>
        <message>
            <source>Archive it anyway?</source>
            <translation>L’archiver quand même ?</translation>
        </message>
        <message>
            <source>This group cannot be removed</source>
            <translation>Ce groupe ne peut pas être supprimé</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n action(s) on the former date(s)</source>
            <translation>
                <numerusform>La garder à sa date d’avant</numerusform>
                <numerusform>Les garder à leurs dates d’avant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s) due at the moved sessions followed them to their new dates.</source>
            <translation>
                <numerusform>%n action ouverte, due à une séance déplacée, la suit à sa nouvelle date.</numerusform>
                <numerusform>%n actions ouvertes, dues aux séances déplacées, les suivent à leurs nouvelles dates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s) beyond session %1, with nothing in them, were removed.</source>
            <translation>
                <numerusform>%n séance prévue au-delà de la séance %1, vide, a été retirée.</numerusform>
                <numerusform>%n séances prévues au-delà de la séance %1, vides, ont été retirées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s) beyond session %1 hold something and stay (« Remove this session… » on its page removes one).</source>
            <translation>
                <numerusform>%n séance prévue au-delà de la séance %1 contient quelque chose et reste (« Supprimer cette séance… » sur sa page la retire).</numerusform>
                <numerusform>%n séances prévues au-delà de la séance %1 contiennent quelque chose et restent (« Supprimer cette séance… » sur la page de l’une la retire).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due on their former dates again.</source>
            <translation>
                <numerusform>%n action de nouveau due à sa date d’avant.</numerusform>
                <numerusform>%n actions de nouveau dues à leurs dates d’avant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) of “%1” hold what you wrote: the group cannot be removed, so that nothing you wrote is lost.</source>
            <translation>
                <numerusform>%n séance de « %1 » contient ce que vous avez écrit : le groupe ne peut pas être supprimé, pour que rien de ce que vous avez écrit ne se perde.</numerusform>
                <numerusform>%n séances de « %1 » contiennent ce que vous avez écrit : le groupe ne peut pas être supprimé, pour que rien de ce que vous avez écrit ne se perde.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
        <message>
            <source>Archive it instead? It stays in your journal and your booklets, out of the way.</source>
            <translation>L’archiver plutôt ? Il reste dans votre carnet et vos livrets, hors de votre chemin.</translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s), the next on %1</source>
            <translation>
                <numerusform>%n séance prévue, le %1</numerusform>
                <numerusform>%n séances prévues, la prochaine le %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Its %n planned session(s), with nothing written in them, its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</source>
            <translation>
                <numerusform>Sa séance prévue, où rien n’est écrit, ses membres et ses objectifs seront supprimés, sur vos autres appareils aussi. Ses sujets restent, sans groupe.</numerusform>
                <numerusform>Ses %n séances prévues, où rien n’est écrit, ses membres et ses objectifs seront supprimés, sur vos autres appareils aussi. Ses sujets restent, sans groupe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its members and its objectives will be removed, on your other devices too. Its topics stay, without a group.</source>
            <translation>Ses membres et ses objectifs seront supprimés, sur vos autres appareils aussi. Ses sujets restent, sans groupe.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Cette action ne peut pas être annulée.</translation>
        </message>
        <message>
            <source>Remove the group</source>
            <translation>Supprimer le groupe</translation>
        </message>
        <message>
            <source>Something was written in this group meanwhile: it was not removed.</source>
            <translation>Quelque chose a été écrit dans ce groupe entre-temps : il n’a pas été supprimé.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Ground rules</source>
            <translation>Règles de fonctionnement</translation>
        </message>
        <message>
            <source>What you want to develop over this cycle. You rate them at each session; double-click to reword one.</source>
            <translation>Ce que vous souhaitez développer au fil de ce cycle. Vous les évaluez à chaque séance ; double-cliquez sur un objectif pour le reformuler.</translation>
        </message>
        <message>
            <source>My objectives for the cycle</source>
            <translation>Mes objectifs pour le cycle</translation>
        </message>
        <message>
            <source>e.g. Managers’ co-development group</source>
            <translation>ex. : Co-dév des managers</translation>
        </message>
        <message>
            <source>Names to mask</source>
            <translation>Noms à masquer</translation>
        </message>
        <message>
            <source>Names to mask, separated by commas: the booklet and the exports can replace them by the pseudonym</source>
            <translation>Noms à masquer, séparés par des virgules : le livret et les exports peuvent les remplacer par le pseudonyme</translation>
        </message>
        <message>
            <source>week</source>
            <translation>semaine</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <source>Create the group</source>
            <translation>Créer le groupe</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nouveau groupe</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>From %1 to %2.</source>
            <translation>Du %1 au %2.</translation>
        </message>
        <message>
            <source>Changing the first date or the rhythm moves the sessions still planned; sessions held stay where they are.</source>
            <translation>Modifier la première date ou le rythme déplace les séances encore prévues ; les séances tenues restent à leur date.</translation>
        </message>
        <message>
            <source>Give the group a name.</source>
            <translation>Donnez un nom au groupe.</translation>
        </message>
        <message>
            <source>Choose the group's format.</source>
            <translation>Choisissez le format du groupe.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Carnet user's guide</source>
            <translation>Guide d’utilisation de Carnet</translation>
        </message>
        <message>
            <source>Contents of the guide</source>
            <translation>Sommaire du guide</translation>
        </message>
        <message>
            <source>User's guide</source>
            <translation>Guide d’utilisation</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Fermer le guide</translation>
        </message>
        <message>
            <source>The guide is missing from this installation of Carnet.</source>
            <translation>Le guide manque dans cette installation de Carnet.</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <source>&amp;User's guide</source>
            <translation>&amp;Guide d’utilisation</translation>
        </message>
        <message>
            <source>How to keep your logbook with Carnet</source>
            <translation>Comment tenir votre carnet de bord avec Carnet</translation>
        </message>
        <message>
            <source>&amp;About Carnet</source>
            <translation>À &amp;propos de Carnet</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Next session</source>
            <translation>Prochaine séance</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <source>Actions to review before then</source>
            <translation>Actions à revoir d’ici là</translation>
        </message>
        <message>
            <source>Topics to bring</source>
            <translation>Sujets à apporter</translation>
        </message>
        <message>
            <source>Start with your group</source>
            <translation>Commencez par votre groupe</translation>
        </message>
        <message>
            <source>Describe the group you take part in — its format, its rhythm, its members' pseudonyms — and Carnet plans its sessions for you.</source>
            <translation>Décrivez le groupe auquel vous participez — son format, son rythme, les pseudonymes de ses membres — et Carnet planifie ses séances pour vous.</translation>
        </message>
        <message>
            <source>Create a group…</source>
            <translation>Créer un groupe…</translation>
        </message>
        <message>
            <source>Your groups' cycles are over</source>
            <translation>Les cycles de vos groupes sont terminés</translation>
        </message>
        <message>
            <source>Create a group for a new cycle…</source>
            <translation>Créer le groupe d’un nouveau cycle…</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Bonjour %1</translation>
        </message>
        <message>
            <source>Hello</source>
            <translation>Bonjour</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) archived: %1. Their sessions and everything you wrote stay in the list of sessions, in search and in the booklet. For a new cycle, create its group; “Reactivate this group”, on an archived group's page, brings one back.</source>
            <translation>
                <numerusform>%n groupe archivé : %1. Ses séances et tout ce que vous avez écrit restent dans la liste des séances, dans la recherche et dans le livret. Pour un nouveau cycle, créez son groupe ; « Réactiver ce groupe », sur la page d’un groupe archivé, le fait revenir.</numerusform>
                <numerusform>%n groupes archivés : %1. Leurs séances et tout ce que vous avez écrit restent dans la liste des séances, dans la recherche et dans le livret. Pour un nouveau cycle, créez son groupe ; « Réactiver ce groupe », sur la page d’un groupe archivé, en fait revenir un.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) are still open in them: Préparer lists them under « All groups ».</source>
            <translation>
                <numerusform>%n action y est encore ouverte : Préparer la montre sous « Tous les groupes ».</numerusform>
                <numerusform>%n actions y sont encore ouvertes : Préparer les montre sous « Tous les groupes ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Your next session is %1: a good moment to review your action plan and note what happened.</source>
            <translation>Votre prochaine séance a lieu %1 : c’est le bon moment pour revoir votre plan d’action et noter ce qui s’est passé.</translation>
        </message>
        <message>
            <source>The same day: %1</source>
            <translation>Le même jour : %1</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>Aucune séance prévue</translation>
        </message>
        <message>
            <source>Add a session to a group with Ctrl+N.</source>
            <translation>Ajoutez une séance à un groupe avec Ctrl+N.</translation>
        </message>
        <message>
            <source>My role: %1</source>
            <translation>Mon rôle : %1</translation>
        </message>
        <message>
            <source>No open action due by then.</source>
            <translation>Aucune action ouverte d’ici là.</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>en retard depuis le %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>échéance le %1</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing waiting. Note a situation when one comes up.</source>
            <translation>Rien en attente. Notez une situation dès qu’elle se présente.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import a Carnet export</source>
            <translation>Importer un export de Carnet</translation>
        </message>
        <message>
            <source>Importing %1 will add to your journal:</source>
            <translation>L’import de %1 ajoutera à votre carnet :</translation>
        </message>
        <message>
            <source>Exported on %1.</source>
            <translation>Exporté le %1.</translation>
        </message>
        <message>
            <source>Groups in this file: %1.</source>
            <translation>Groupes dans ce fichier : %1.</translation>
        </message>
        <message>
            <source>What the import will add</source>
            <translation>Ce que l’import ajoutera</translation>
        </message>
        <message>
            <source>1 item is already in your journal and stays as it is.</source>
            <translation>1 élément est déjà dans votre carnet et reste tel quel.</translation>
        </message>
        <message numerus="yes">
            <source>%n items are already in your journal and stay as they are.</source>
            <translation>
                <numerusform>%n élément est déjà dans votre carnet et reste tel quel.</numerusform>
                <numerusform>%n éléments sont déjà dans votre carnet et restent tels quels.</numerusform>
            </translation>
        </message>
        <message>
            <source>Differences kept as in your journal</source>
            <translation>Différences gardées telles que dans votre carnet</translation>
        </message>
        <message>
            <source>Importing only adds: nothing in your journal is replaced or deleted. An encrypted backup copy of your journal is written first.</source>
            <translation>L’import ne fait qu’ajouter : rien n’est remplacé ni supprimé dans votre carnet. Une copie de sauvegarde chiffrée de votre carnet est d’abord écrite.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Import into the journal</source>
            <translation>Importer dans le carnet</translation>
        </message>
        <message>
            <source>Close without importing</source>
            <translation>Fermer sans importer</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>Objectives, feelings, key words and actions over the cycle</source>
            <translation>Objectifs, ressentis, mots-clés et actions au fil du cycle</translation>
        </message>
        <message>
            <source>Pro&amp;gress</source>
            <translation>Pro&amp;gression</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Rechercher dans le carnet</translation>
        </message>
        <message>
            <source>T&amp;hemes and tags</source>
            <translation>&amp;Thèmes et étiquettes</translation>
        </message>
        <message>
            <source>Everything filed under a theme or a tag</source>
            <translation>Tout ce qui est classé sous un thème ou une étiquette</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <source>Every session of every group, month by month</source>
            <translation>Toutes les séances de tous les groupes, mois par mois</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Join a synced journal</source>
            <translation>Rejoindre un carnet synchronisé</translation>
        </message>
        <message>
            <source>Open on this device the journal you keep on another one. On that device, Edit › Sync… must sync it through a folder your sync tool brings here too. Carnet builds a new journal file from that folder; it opens with the same passphrase.</source>
            <translation>Ouvrez sur cet appareil le carnet que vous tenez sur un autre. Sur cet autre appareil, Édition › Synchronisation… doit le synchroniser par un dossier que votre outil de synchronisation apporte aussi ici. Carnet construit un nouveau fichier de carnet à partir de ce dossier ; il s’ouvre avec la même phrase de passe.</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Dossier synchronisé</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Choisir le dossier synchronisé</translation>
        </message>
        <message>
            <source>Passphrase of the journal</source>
            <translation>Phrase de passe du carnet</translation>
        </message>
        <message>
            <source>The same as on your other devices</source>
            <translation>La même que sur vos autres appareils</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <source>New journal file on this device</source>
            <translation>Nouveau fichier de carnet sur cet appareil</translation>
        </message>
        <message>
            <source>Cho&amp;ose…</source>
            <translation>Ch&amp;oisir…</translation>
        </message>
        <message>
            <source>Choose where the new journal goes</source>
            <translation>Choisir où enregistrer le nouveau carnet</translation>
        </message>
        <message>
            <source>On this computer's own disk, never inside the synced folder.</source>
            <translation>Sur le disque de cet ordinateur, jamais dans le dossier synchronisé.</translation>
        </message>
        <message>
            <source>Building the journal</source>
            <translation>Construction du carnet</translation>
        </message>
        <message>
            <source>Synced &amp;folder:</source>
            <translation>&amp;Dossier synchronisé :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase de passe :</translation>
        </message>
        <message>
            <source>&amp;New journal:</source>
            <translation>&amp;Nouveau carnet :</translation>
        </message>
        <message>
            <source>&amp;Join</source>
            <translation>&amp;Rejoindre</translation>
        </message>
        <message>
            <source>New journal</source>
            <translation>Nouveau carnet</translation>
        </message>
        <message>
            <source>Choose the synced folder.</source>
            <translation>Choisissez le dossier synchronisé.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be found (a drive or a share disconnected?).</source>
            <translation>Le dossier %1 est introuvable (un disque ou un partage déconnecté ?).</translation>
        </message>
        <message>
            <source>Type the journal's passphrase.</source>
            <translation>Tapez la phrase de passe du carnet.</translation>
        </message>
        <message>
            <source>Choose where the new journal goes.</source>
            <translation>Choisissez où enregistrer le nouveau carnet.</translation>
        </message>
        <message>
            <source>Give the new journal's full path.</source>
            <translation>Indiquez le chemin complet du nouveau carnet.</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name.</source>
            <translation>Un fichier existe déjà à cet emplacement. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n’existe pas.</translation>
        </message>
        <message>
            <source>The new journal must not be inside the synced folder: sync tools damage a journal file in use. Choose a place on this computer's own disk.</source>
            <translation>Le nouveau carnet ne doit pas être dans le dossier synchronisé : les outils de synchronisation abîment un fichier de carnet ouvert. Choisissez un emplacement sur le disque de cet ordinateur.</translation>
        </message>
        <message>
            <source>Building the journal from the folder…</source>
            <translation>Construction du carnet à partir du dossier…</translation>
        </message>
        <message numerus="yes">
            <source>Building the journal: %1 of %n file(s) (%3 %)…</source>
            <translation>
                <numerusform>Construction du carnet : %1 sur %n fichier (%3 %)…</numerusform>
                <numerusform>Construction du carnet : %1 sur %n fichiers (%3 %)…</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal could not be built: %1</source>
            <translation>Le carnet n’a pas pu être construit : %1</translation>
        </message>
        <message>
            <source>Journal joined</source>
            <translation>Carnet rejoint</translation>
        </message>
        <message>
            <source>The journal was built, but some change files could not be read yet:</source>
            <translation>Le carnet est construit, mais certains fichiers de modifications n’ont pas encore pu être lus :</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>JournalCopier</name>
        <message>
            <source>Save a copy of the journal</source>
            <translation>Enregistrer une copie du carnet</translation>
        </message>
        <message>
            <source>The copy %1 is written. It is encrypted and opens with the same passphrase; in it, what you write is saved.

Open the copy now?</source>
            <translation>La copie %1 est écrite. Elle est chiffrée et s’ouvre avec la même phrase de passe ; ce que vous y écrivez est enregistré.

Ouvrir la copie maintenant ?</translation>
        </message>
        <message>
            <source>Copy written</source>
            <translation>Copie écrite</translation>
        </message>
        <message>
            <source>Carnet cannot write in that folder (read-only, or not allowed)</source>
            <translation>Carnet ne peut pas écrire dans ce dossier (en lecture seule, ou non autorisé)</translation>
        </message>
        <message>
            <source>that is the journal itself</source>
            <translation>c’est le carnet lui-même</translation>
        </message>
        <message>
            <source>Copy not written</source>
            <translation>Copie non écrite</translation>
        </message>
        <message>
            <source>The copy was not written: %1. Nothing was changed; choose another place.</source>
            <translation>La copie n’a pas été écrite : %1. Rien n’a été modifié ; choisissez un autre emplacement.</translation>
        </message>
    </context>
    <context>
        <name>KeywordBody</name>
        <message>
            <source>One word</source>
            <translation>Un mot</translation>
        </message>
        <message>
            <source>Key word of the closing round</source>
            <translation>Mot-clé du tour de clôture</translation>
        </message>
        <message>
            <source>A key word is best short: a word, or a few. Yours is kept whole, as written.</source>
            <translation>Un mot-clé gagne à être court : un mot, ou quelques-uns. Le vôtre est gardé en entier, tel qu’écrit.</translation>
        </message>
    </context>
    <context>
        <name>KeywordTimeline</name>
        <message>
            <source>Session %1, %2</source>
            <translation>Séance %1, %2</translation>
        </message>
    </context>
    <context>
        <name>LearningRow</name>
        <message>
            <source>Star this learning for the booklet</source>
            <translation>Marquer cet enseignement d’une étoile pour le livret</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Enseignement</translation>
        </message>
        <message>
            <source>Tags of the learning</source>
            <translation>Étiquettes de l’enseignement</translation>
        </message>
        <message>
            <source>Delete this learning</source>
            <translation>Supprimer cet enseignement</translation>
        </message>
    </context>
    <context>
        <name>LearningsBody</name>
        <message>
            <source>A new learning, in one sentence…</source>
            <translation>Un nouvel enseignement, en une phrase…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>New learning</source>
            <translation>Nouvel enseignement</translation>
        </message>
        <message>
            <source>Add the learning</source>
            <translation>Ajouter l’enseignement</translation>
        </message>
        <message>
            <source>Learning “%1” deleted.</source>
            <translation>Enseignement « %1 » supprimé.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New journal…</source>
            <translation>&amp;Nouveau carnet…</translation>
        </message>
        <message>
            <source>&amp;Open journal…</source>
            <translation>&amp;Ouvrir un carnet…</translation>
        </message>
        <message>
            <source>&amp;Print the booklet…</source>
            <translation>Im&amp;primer le livret…</translation>
        </message>
        <message>
            <source>A PDF booklet of the cycle</source>
            <translation>Un livret PDF du cycle</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Close the journal; the passphrase opens it again</source>
            <translation>Fermer le carnet ; la phrase de passe le rouvre</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>New &amp;session</source>
            <translation>Nouvelle &amp;séance</translation>
        </message>
        <message>
            <source>Open the group’s planned session, or add one</source>
            <translation>Ouvrir la séance prévue du groupe, ou en ajouter une</translation>
        </message>
        <message>
            <source>Add an e&amp;xtra session</source>
            <translation>Ajouter une séance en &amp;plus</translation>
        </message>
        <message>
            <source>A meeting outside the plan, dated today, in the group in focus</source>
            <translation>Une rencontre hors du plan, datée d’aujourd’hui, dans le groupe ouvert</translation>
        </message>
        <message>
            <source>New &amp;group…</source>
            <translation>Nouveau &amp;groupe…</translation>
        </message>
        <message>
            <source>&amp;Edit the group</source>
            <translation>&amp;Modifier le groupe</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <source>Show the &amp;sidebar</source>
            <translation>Afficher la &amp;barre latérale</translation>
        </message>
        <message>
            <source>Show the &amp;toolbar</source>
            <translation>Afficher la barre d’&amp;outils</translation>
        </message>
        <message>
            <source>&amp;About Carnet</source>
            <translation>À &amp;propos de Carnet</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Carnet will use this language the next time it starts.</source>
            <translation>Carnet utilisera cette langue au prochain démarrage.</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d’outils</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Rechercher dans le carnet</translation>
        </message>
        <message>
            <source>More buttons</source>
            <translation>Plus de boutons</translation>
        </message>
        <message>
            <source>Demonstration journal</source>
            <translation>Carnet de démonstration</translation>
        </message>
        <message>
            <source>Open a journal</source>
            <translation>Ouvrir un carnet</translation>
        </message>
        <message>
            <source>Preparing the demonstration journal…</source>
            <translation>Préparation du carnet de démonstration…</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name.</source>
            <translation>Un fichier existe déjà à cet emplacement. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The journal cannot be created in this folder (is it writable?). Choose another location.</source>
            <translation>Le carnet ne peut pas être créé dans ce dossier (est-il accessible en écriture ?). Choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>This file is in use by another Carnet window.</source>
            <translation>Ce fichier est utilisé par une autre fenêtre de Carnet.</translation>
        </message>
        <message>
            <source>The journal could not be created.</source>
            <translation>Le carnet n’a pas pu être créé.</translation>
        </message>
        <message>
            <source>A template could not be loaded: %1</source>
            <translation>Un modèle n’a pas pu être chargé : %1</translation>
        </message>
        <message>
            <source>Key not strengthened: the folder is read-only or the disk is full. The journal opens as before; Carnet will try again at the next unlock.</source>
            <translation>Clé non renforcée : dossier en lecture seule ou disque plein. Le carnet s’ouvre comme avant ; Carnet réessaiera au prochain déverrouillage.</translation>
        </message>
        <message>
            <source>Select a group or one of its sessions first.</source>
            <translation>Sélectionnez d’abord un groupe ou l’une de ses séances.</translation>
        </message>
        <message>
            <source>About Carnet</source>
            <translation>À propos de Carnet</translation>
        </message>
        <message>
            <source>Carnet %1 — a personal, encrypted logbook for peer-practice groups (co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques).</source>
            <translation>Carnet %1 — un carnet de bord personnel et chiffré pour les groupes de pratique entre pairs (co-développement, RPM/RPP, ateliers de pratique managériale, échanges de pratiques).</translation>
        </message>
        <message>
            <source>The journal is damaged: it was switched to read-only.</source>
            <translation>Le carnet est endommagé : il est passé en lecture seule.</translation>
        </message>
        <message>
            <source>Backup not written</source>
            <translation>Sauvegarde non écrite</translation>
        </message>
        <message>
            <source>The journal is saved, but its backup copy could not be written.</source>
            <translation>Le carnet est enregistré, mais sa copie de sauvegarde n’a pas pu être écrite.</translation>
        </message>
        <message>
            <source>Backup copy written.</source>
            <translation>Copie de sauvegarde écrite.</translation>
        </message>
        <message>
            <source>The daily backup could not be written: %1</source>
            <translation>La sauvegarde du jour n’a pas pu être écrite : %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>✓ Saved</source>
            <translation>✓ Enregistré</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Your last change could not be saved; it stays on screen.</source>
            <translation>Votre dernière modification n’a pas pu être enregistrée ; elle reste à l’écran.</translation>
        </message>
        <message>
            <source>Reason: %1.</source>
            <translation>Cause : %1.</translation>
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
            <translation>Autre version · %1</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>Ouvrir le lien ?</translation>
        </message>
        <message>
            <source>Open this address outside Carnet?

%1</source>
            <translation>Ouvrir cette adresse en dehors de Carnet ?

%1</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Écrire</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Show the text formatted: **bold**, *italic*, - lists, &gt; quotes</source>
            <translation>Afficher le texte mis en forme : **gras**, *italique*, - listes, &gt; citations</translation>
        </message>
        <message>
            <source>This text holds another version, written at the same time on another device and brought by a sync or an import (%1): it follows the line « Other version ». Keep what you want and delete the rest.</source>
            <translation>Ce texte contient une autre version, écrite en même temps sur un autre appareil et apportée par une synchronisation ou un import (%1) : elle suit la ligne « Autre version ». Gardez ce que vous voulez et effacez le reste.</translation>
        </message>
        <message numerus="yes">
            <source>This text holds %n other versions, written at the same time on other devices and brought by a sync or an import (%1): each follows a line « Other version ». Keep what you want and delete the rest.</source>
            <translation>
                <numerusform>Ce texte contient %n autres versions, écrites en même temps sur d’autres appareils et apportées par une synchronisation ou un import (%1) : chacune suit une ligne « Autre version ». Gardez ce que vous voulez et effacez le reste.</numerusform>
                <numerusform>Ce texte contient %n autres versions, écrites en même temps sur d’autres appareils et apportées par une synchronisation ou un import (%1) : chacune suit une ligne « Autre version ». Gardez ce que vous voulez et effacez le reste.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Rien d’écrit pour l’instant.</translation>
        </message>
        <message>
            <source>The preview shows the first %1 characters; the whole text is kept.</source>
            <translation>L’aperçu montre les %1 premiers caractères ; le texte entier est conservé.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase de passe</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <source>The passphrase you type today</source>
            <translation>La phrase de passe que vous tapez aujourd’hui</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase de passe actuelle</translation>
        </message>
        <message>
            <source>A few words only you know</source>
            <translation>Quelques mots que vous seul connaissez</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase de passe</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>La nouvelle phrase de passe, encore une fois</translation>
        </message>
        <message>
            <source>New passphrase, again</source>
            <translation>Nouvelle phrase de passe, à nouveau</translation>
        </message>
        <message>
            <source>Strength of the new passphrase</source>
            <translation>Solidité de la nouvelle phrase de passe</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>The backups of this journal in %1 open with the current passphrase. After the change, should they:</source>
            <translation>Les sauvegardes de ce carnet dans %1 s’ouvrent avec la phrase de passe actuelle. Après le changement, faut-il :</translation>
        </message>
        <message>
            <source>be re-encrypted with the new passphrase (recommended)</source>
            <translation>les rechiffrer avec la nouvelle phrase de passe (conseillé)</translation>
        </message>
        <message>
            <source>be deleted</source>
            <translation>les supprimer</translation>
        </message>
        <message>
            <source>Delete them if someone may know the current passphrase and you do not need these older versions.</source>
            <translation>Supprimez-les si quelqu’un peut connaître la phrase de passe actuelle et que vous n’avez pas besoin de ces anciennes versions.</translation>
        </message>
        <message>
            <source>Changing the passphrase: a backup, then the whole journal is re-encrypted. This takes a few seconds…</source>
            <translation>Changement de la phrase de passe : une sauvegarde, puis le carnet entier est chiffré à nouveau. Cela prend quelques secondes…</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>Tapez la phrase de passe actuelle.</translation>
        </message>
        <message>
            <source>The new passphrase is too short.</source>
            <translation>La nouvelle phrase de passe est trop courte.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>La nouvelle phrase de passe est identique à l’actuelle.</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Les deux nouvelles phrases de passe diffèrent.</translation>
        </message>
        <message>
            <source>The two passphrases match.</source>
            <translation>Les deux phrases de passe correspondent.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe diffèrent.</translation>
        </message>
        <message>
            <source>The current passphrase is wrong. Nothing was changed; try again.</source>
            <translation>La phrase de passe actuelle est incorrecte. Rien n’a été modifié ; réessayez.</translation>
        </message>
        <message>
            <source>The passphrase was not changed: the journal still opens with the current one.</source>
            <translation>La phrase de passe n’a pas été changée : le carnet s’ouvre toujours avec l’actuelle.</translation>
        </message>
        <message>
            <source>This passphrase cannot be used.</source>
            <translation>Cette phrase de passe ne peut pas être utilisée.</translation>
        </message>
        <message>
            <source>The passphrase was changed: from now on only the new one opens the journal.</source>
            <translation>La phrase de passe a été changée : désormais, seule la nouvelle ouvre le carnet.</translation>
        </message>
        <message>
            <source>The journal is read-only because damage was found in it. Restore a backup first, then change the passphrase.</source>
            <translation>Le carnet est en lecture seule parce que des dégâts y ont été trouvés. Restaurez d’abord une sauvegarde, puis changez la phrase de passe.</translation>
        </message>
        <message>
            <source>The journal was locked meanwhile: unlock it with the NEW passphrase.</source>
            <translation>Le carnet a été verrouillé entre-temps : déverrouillez-le avec la NOUVELLE phrase de passe.</translation>
        </message>
        <message>
            <source>The synced folder could not be reached: a new device will join with the new passphrase once this one has synced again.</source>
            <translation>Le dossier synchronisé est injoignable : un nouvel appareil pourra rejoindre le carnet avec la nouvelle phrase de passe dès que celui-ci se sera synchronisé de nouveau.</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Phrase de passe changée</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of the journal re-encrypted: they open with the new passphrase only (in %1).</source>
            <translation>
                <numerusform>%n sauvegarde du carnet rechiffrée : elle ne s’ouvre plus qu’avec la nouvelle phrase de passe (dans %1).</numerusform>
                <numerusform>%n sauvegardes du carnet rechiffrées : elles ne s’ouvrent plus qu’avec la nouvelle phrase de passe (dans %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of the journal deleted (in %1).</source>
            <translation>
                <numerusform>%n sauvegarde du carnet supprimée (dans %1).</numerusform>
                <numerusform>%n sauvegardes du carnet supprimées (dans %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>These backups could be neither re-encrypted nor deleted: they may still open with the OLD passphrase. Delete them yourself:
%1</source>
            <translation>Ces sauvegardes n’ont pu être ni rechiffrées ni supprimées : elles s’ouvrent peut-être encore avec l’ANCIENNE phrase de passe. Supprimez-les vous-même :
%1</translation>
        </message>
    </context>
    <context>
        <name>PastSessionRow</name>
        <message>
            <source>Open the session</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <source>you wrote in it, but it is still marked planned</source>
            <translation>vous y avez écrit, mais elle est encore marquée planifiée</translation>
        </message>
        <message>
            <source>It took place</source>
            <translation>Elle a eu lieu</translation>
        </message>
        <message>
            <source>%1 took place</source>
            <translation>%1 a eu lieu</translation>
        </message>
        <message>
            <source>I was not there</source>
            <translation>Je n’y étais pas</translation>
        </message>
        <message>
            <source>I was not at %1</source>
            <translation>Je n’étais pas à %1</translation>
        </message>
    </context>
    <context>
        <name>PastSessionsCard</name>
        <message>
            <source>Did it take place?</source>
            <translation>A-t-elle eu lieu ?</translation>
        </message>
        <message>
            <source>These sessions are past but still marked planned. Your answer keeps the next session, your action plan and the booklet right.</source>
            <translation>Ces séances sont passées mais encore marquées planifiées. Votre réponse garde justes la prochaine séance, votre plan d’action et le livret.</translation>
        </message>
        <message numerus="yes">
            <source>Still to answer: %n more, in orange in the list of sessions.</source>
            <translation>
                <numerusform>Encore %n autre à préciser, en orange dans la liste des séances.</numerusform>
                <numerusform>Encore %n autres à préciser, en orange dans la liste des séances.</numerusform>
            </translation>
        </message>
        <message>
            <source>This session is past but still marked planned. Your answer keeps the next session, your action plan and the booklet right.</source>
            <translation>Cette séance est passée mais encore marquée planifiée. Votre réponse garde justes la prochaine séance, votre plan d’action et le livret.</translation>
        </message>
        <message>
            <source>The answer could not be saved: %1</source>
            <translation>La réponse n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>%1 is marked held. &lt;a href='session:%2'&gt;Write about it&lt;/a&gt;</source>
            <translation>%1 est marquée tenue. &lt;a href='session:%2'&gt;Noter ce qui s’est passé&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1 is marked missed. &lt;a href='session:%2'&gt;Open it&lt;/a&gt;</source>
            <translation>%1 est marquée manquée. &lt;a href='session:%2'&gt;L’ouvrir&lt;/a&gt;</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message numerus="yes">
            <source>Noted treated there: %1, the topic(s) you brought.</source>
            <translation>
                <numerusform>Noté traité à cette séance : %1, le sujet que vous avez apporté.</numerusform>
                <numerusform>Notés traités à cette séance : %1, les sujets que vous avez apportés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep the topic(s) to bring</source>
            <translation>
                <numerusform>Le garder à apporter</numerusform>
                <numerusform>Les garder à apporter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) to bring again, in Préparer.</source>
            <translation>
                <numerusform>%n sujet de nouveau à apporter, dans Préparer.</numerusform>
                <numerusform>%n sujets de nouveau à apporter, dans Préparer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PendingRemindersBanner</name>
        <message>
            <source>Prepare</source>
            <translation>Préparer</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>PreferencesAction</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>Language, auto-lock, backups, paper size, reminders</source>
            <translation>Langue, verrouillage automatique, sauvegardes, format du papier, rappels</translation>
        </message>
        <message>
            <source>The new language applies the next time Carnet starts.</source>
            <translation>La nouvelle langue s’appliquera au prochain démarrage de Carnet.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Same as the system (%1)</source>
            <translation>Comme le système (%1)</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <source>A new language applies the next time Carnet starts.</source>
            <translation>Une nouvelle langue s’applique au prochain démarrage de Carnet.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
        </message>
        <message>
            <source>Carnet locks the journal after this many minutes without keyboard or mouse use. 0 never locks: not advised on a shared computer.</source>
            <translation>Carnet verrouille le carnet après ce nombre de minutes sans utilisation du clavier ni de la souris. 0 ne verrouille jamais : déconseillé sur un ordinateur partagé.</translation>
        </message>
        <message>
            <source>The default folder</source>
            <translation>Le dossier par défaut</translation>
        </message>
        <message>
            <source>Default folder: %1</source>
            <translation>Dossier par défaut : %1</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choisir le dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Defa&amp;ult</source>
            <translation>Par dé&amp;faut</translation>
        </message>
        <message>
            <source>Use the default backup folder</source>
            <translation>Utiliser le dossier des sauvegardes par défaut</translation>
        </message>
        <message numerus="yes">
            <source> copies</source>
            <translation>
                <numerusform> copie</numerusform>
                <numerusform> copies</numerusform>
            </translation>
        </message>
        <message>
            <source>Number of backup copies kept</source>
            <translation>Nombre de copies de sauvegarde conservées</translation>
        </message>
        <message>
            <source>An encrypted copy of the journal (same passphrase) is written the first time you open it each day and when you close it; the oldest copies beyond this number are removed. Default folder: %1</source>
            <translation>Une copie chiffrée du carnet (même phrase de passe) est écrite à la première ouverture de chaque jour et à la fermeture ; au-delà de ce nombre, les copies les plus anciennes sont supprimées. Dossier par défaut : %1</translation>
        </message>
        <message>
            <source>A4 (21 × 29.7 cm)</source>
            <translation>A4 (21 × 29,7 cm)</translation>
        </message>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>Lettre US (8,5 × 11 po)</translation>
        </message>
        <message>
            <source>Default paper size of the booklet</source>
            <translation>Format de papier par défaut du livret</translation>
        </message>
        <message>
            <source>On the day</source>
            <translation>Le jour même</translation>
        </message>
        <message>
            <source>Remind me to review my actions this many days before a session</source>
            <translation>Me rappeler de revoir mes actions ce nombre de jours avant une séance</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Loc&amp;k after:</source>
            <translation>&amp;Verrouiller après :</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>K&amp;eep:</source>
            <translation>C&amp;onserver :</translation>
        </message>
        <message>
            <source>Booklet and reminders</source>
            <translation>Livret et rappels</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Format du &amp;papier :</translation>
        </message>
        <message>
            <source>&amp;Remind me:</source>
            <translation>&amp;Rappel :</translation>
        </message>
        <message>
            <source>How many days before a session the home page reminds you to review your action plan.</source>
            <translation>Combien de jours avant une séance la page d’accueil vous rappelle de revoir votre plan d’action.</translation>
        </message>
        <message>
            <source>Calendar and start</source>
            <translation>Agenda et démarrage</translation>
        </message>
        <message>
            <source>&amp;Alarm:</source>
            <translation>&amp;Alarme :</translation>
        </message>
        <message>
            <source>Calen&amp;dar file:</source>
            <translation>Fic&amp;hier d’agenda :</translation>
        </message>
        <message>
            <source>Save the preferences</source>
            <translation>Enregistrer les préférences</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <source>Restore the default values</source>
            <translation>Rétablir les valeurs par défaut</translation>
        </message>
        <message>
            <source>The calendar file will not be kept up to date in the synced folder: choose another place for it, or Stop.</source>
            <translation>Le fichier d’agenda ne sera pas tenu à jour dans le dossier synchronisé : choisissez-lui un autre emplacement, ou « Arrêter ».</translation>
        </message>
        <message numerus="yes">
            <source> day(s) before</source>
            <translation>
                <numerusform> jour avant</numerusform>
                <numerusform> jours avant</numerusform>
            </translation>
        </message>
        <message>
            <source>Days before a session for its alarm</source>
            <translation>Jours avant une séance pour son alarme</translation>
        </message>
        <message>
            <source>Time of the session's alarm</source>
            <translation>Heure de l’alarme d’une séance</translation>
        </message>
        <message>
            <source>a&amp;t</source>
            <translation>&amp;à</translation>
        </message>
        <message>
            <source>For the calendar file and the notifications; an action rings on its due date at 9:00.</source>
            <translation>Pour le fichier d’agenda et les notifications ; une action sonne le jour de son échéance à 9 h.</translation>
        </message>
        <message>
            <source>Rewritten after each change, for a calendar that subscribes to it. Not encrypted: dates and neutral text only.</source>
            <translation>Réécrit après chaque changement, pour un agenda qui s’y abonne. Non chiffré : des dates et un texte neutre seulement.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Calendar file kept up to date</source>
            <translation>Fichier d’agenda tenu à jour</translation>
        </message>
        <message>
            <source>Choo&amp;se…</source>
            <translation>Choi&amp;sir…</translation>
        </message>
        <message>
            <source>Choose the calendar file</source>
            <translation>Choisir le fichier d’agenda</translation>
        </message>
        <message>
            <source>St&amp;op</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <source>Stop keeping a calendar file</source>
            <translation>Ne plus tenir de fichier d’agenda</translation>
        </message>
        <message>
            <source>Deta&amp;ils in the calendar: group names, action titles, how many actions to review (never your notes)</source>
            <translation>Déta&amp;ils dans l’agenda : noms des groupes, titres des actions, nombre d’actions à revoir (jamais vos notes)</translation>
        </message>
        <message>
            <source>Start Carnet when I lo&amp;g in, locked, in the system tray</source>
            <translation>Lancer Carnet à la co&amp;nnexion, verrouillé, dans la zone de notification</translation>
        </message>
        <message>
            <source>On the home page, bring &amp;back something I learned before</source>
            <translation>Sur l’accueil, me redonner un ensei&amp;gnement d’avant</translation>
        </message>
        <message>
            <source>The calendar file %1 cannot be written: its folder does not exist. Choose another place, or Stop.</source>
            <translation>Le fichier d’agenda %1 ne peut pas être écrit : son dossier n’existe pas. Choisissez un autre endroit, ou Arrêter.</translation>
        </message>
        <message>
            <source>The calendar file's name must end in .ics.</source>
            <translation>Le nom du fichier d’agenda doit se terminer par .ics.</translation>
        </message>
        <message>
            <source>%1 exists and is not a calendar file: Carnet will not replace it. Choose another name.</source>
            <translation>%1 existe et n’est pas un fichier d’agenda : Carnet ne le remplacera pas. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The backup folder %1 does not exist. Choose an existing folder, or leave the field empty to use the default folder.</source>
            <translation>Le dossier des sauvegardes %1 n’existe pas. Choisissez un dossier existant, ou laissez le champ vide pour utiliser le dossier par défaut.</translation>
        </message>
    </context>
    <context>
        <name>PreparationModel</name>
        <message>
            <source>Session %1 on %2</source>
            <translation>Séance %1 du %2</translation>
        </message>
        <message>
            <source>Due after the next session</source>
            <translation>Échéance après la prochaine séance</translation>
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
            <translation>échéance le %1 (%2)</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>échéance le %1</translation>
        </message>
        <message>
            <source>1 review</source>
            <translation>1 suivi</translation>
        </message>
        <message numerus="yes">
            <source>%n reviews</source>
            <translation>
                <numerusform>%n suivi</numerusform>
                <numerusform>%n suivis</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>reportée</translation>
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
            <translation>Préparer la prochaine séance</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>NEXT SESSION</source>
            <translation>PROCHAINE SÉANCE</translation>
        </message>
        <message>
            <source>Preparation sheet (PDF)…</source>
            <translation>Fiche de préparation (PDF)…</translation>
        </message>
        <message>
            <source>One page with your open actions and the topic you bring, to print or keep at hand</source>
            <translation>Une page avec vos actions ouvertes et le sujet que vous apportez, à imprimer ou à garder sous la main</translation>
        </message>
        <message>
            <source>Add to my calendar (.ics)…</source>
            <translation>Ajouter à mon agenda (.ics)…</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Take back the follow-up just saved</source>
            <translation>Retirer le suivi qui vient d’être enregistré</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Tous les groupes</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Séance %1</translation>
        </message>
        <message>
            <source>Planned on %1 and not journaled yet: open it to note what happened, or mark it missed.</source>
            <translation>Prévue le %1 et pas encore notée dans le carnet : ouvrez-la pour noter ce qui s’est passé, ou marquez-la comme manquée.</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>No session planned</source>
            <translation>Aucune séance prévue</translation>
        </message>
        <message>
            <source>Plan the group's next session to see what to prepare for it.</source>
            <translation>Planifiez la prochaine séance du groupe pour voir ce qu’il faut préparer.</translation>
        </message>
        <message>
            <source>1 open action</source>
            <translation>1 action ouverte</translation>
        </message>
        <message numerus="yes">
            <source>%n open actions</source>
            <translation>
                <numerusform>%n action ouverte</numerusform>
                <numerusform>%n actions ouvertes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>1 topic to bring</source>
            <translation>1 sujet à apporter</translation>
        </message>
        <message numerus="yes">
            <source>%n topics to bring</source>
            <translation>
                <numerusform>%n sujet à apporter</numerusform>
                <numerusform>%n sujets à apporter</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions to review (%1)</source>
            <translation>Actions à revoir (%1)</translation>
        </message>
        <message>
            <source>Topics to bring (%1)</source>
            <translation>Sujets à apporter (%1)</translation>
        </message>
        <message>
            <source>Nothing to review: no open action is due by the next session.
Your action plans are written in each session, at the step « action plan ».</source>
            <translation>Rien à revoir : aucune action ouverte n’arrive à échéance d’ici la prochaine séance.
Vos plans d’action s’écrivent dans chaque séance, à l’étape « plan d’action ».</translation>
        </message>
        <message>
            <source>Review of « %1 » saved.</source>
            <translation>Suivi de « %1 » enregistré.</translation>
        </message>
        <message>
            <source>Review saved.</source>
            <translation>Suivi enregistré.</translation>
        </message>
        <message>
            <source>Follow-up taken back: the action is as it was.</source>
            <translation>Suivi retiré : l’action est comme avant.</translation>
        </message>
        <message>
            <source>Not saved: %1.</source>
            <translation>Non enregistré : %1.</translation>
        </message>
        <message>
            <source>the review was not saved</source>
            <translation>le suivi n’a pas été enregistré</translation>
        </message>
        <message>
            <source>Review saved: « %1 » is closed and leaves the list.</source>
            <translation>Suivi enregistré : « %1 » est close et quitte la liste.</translation>
        </message>
        <message>
            <source>&amp;Prepare the next session</source>
            <translation>&amp;Préparer la prochaine séance</translation>
        </message>
        <message>
            <source>Review your actions and prepare the topic you bring</source>
            <translation>Revoir vos actions et préparer le sujet que vous apportez</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Préparer</translation>
        </message>
        <message>
            <source>Export the &amp;calendar (.ics)…</source>
            <translation>Exporter le &amp;calendrier (.ics)…</translation>
        </message>
        <message>
            <source>Planned sessions and due dates, for a calendar application (not encrypted)</source>
            <translation>Séances prévues et échéances, pour une application d’agenda (non chiffré)</translation>
        </message>
    </context>
    <context>
        <name>ProgressTableModel</name>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>N° %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Feeling before (−5 to +5)</source>
            <translation>Ressenti avant (−5 à +5)</translation>
        </message>
        <message>
            <source>Feeling after (−5 to +5)</source>
            <translation>Ressenti après (−5 à +5)</translation>
        </message>
        <message>
            <source>Key word</source>
            <translation>Mot-clé</translation>
        </message>
        <message>
            <source>Actions done</source>
            <translation>Actions faites</translation>
        </message>
        <message>
            <source>Actions dropped</source>
            <translation>Actions abandonnées</translation>
        </message>
        <message>
            <source>Actions still open</source>
            <translation>Actions encore ouvertes</translation>
        </message>
        <message>
            <source>Learnings</source>
            <translation>Enseignements</translation>
        </message>
        <message>
            <source>Objective: %1</source>
            <translation>Objectif : %1</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>séance %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Self-assessment of my objectives</source>
            <translation>Auto-évaluation de mes objectifs</translation>
        </message>
        <message>
            <source>No self-assessment yet: rate your objectives in a session's closing step.</source>
            <translation>Pas encore d’auto-évaluation : évaluez vos objectifs à l’étape de clôture d’une séance.</translation>
        </message>
        <message>
            <source>Feelings before and after each session</source>
            <translation>Ressentis avant et après chaque séance</translation>
        </message>
        <message>
            <source>No feeling noted yet.</source>
            <translation>Aucun ressenti noté pour l’instant.</translation>
        </message>
        <message>
            <source>Key words of the closing rounds</source>
            <translation>Mots-clés des tours de clôture</translation>
        </message>
        <message>
            <source>Actions decided at each session</source>
            <translation>Actions décidées à chaque séance</translation>
        </message>
        <message>
            <source>No action decided yet.</source>
            <translation>Aucune action décidée pour l’instant.</translation>
        </message>
        <message>
            <source>The same numbers are in the table below.</source>
            <translation>Les mêmes chiffres figurent dans le tableau ci-dessous.</translation>
        </message>
        <message>
            <source>All the numbers, one column per session</source>
            <translation>Tous les chiffres, une colonne par séance</translation>
        </message>
        <message>
            <source>One row per measure, named by its row header; one column per session held.</source>
            <translation>Une ligne par mesure, nommée par son en-tête de ligne ; une colonne par séance tenue.</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Groupe :</translation>
        </message>
        <message>
            <source>My objectives, self-assessed from 1 to 5</source>
            <translation>Mes objectifs, auto-évalués de 1 à 5</translation>
        </message>
        <message>
            <source>Feelings before and after</source>
            <translation>Ressentis avant et après</translation>
        </message>
        <message>
            <source>The mean of the feelings noted: pleasant ones above zero, difficult ones below.</source>
            <translation>La moyenne des ressentis notés : les agréables au-dessus de zéro, les difficiles en dessous.</translation>
        </message>
        <message>
            <source>Actions decided at each session, by status</source>
            <translation>Actions décidées à chaque séance, par statut</translation>
        </message>
        <message>
            <source>All the numbers</source>
            <translation>Tous les chiffres</translation>
        </message>
        <message>
            <source>Create a group to follow your progress over its cycle.</source>
            <translation>Créez un groupe pour suivre votre progression au fil de son cycle.</translation>
        </message>
        <message>
            <source>No session of this group has been held yet: the charts fill in as you journal after each session.</source>
            <translation>Aucune séance de ce groupe n’a encore eu lieu : les graphiques se remplissent à mesure que vous tenez votre carnet après chaque séance.</translation>
        </message>
        <message numerus="yes">
            <source>%n session held</source>
            <translation>
                <numerusform>%n séance tenue</numerusform>
                <numerusform>%n séances tenues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions held</source>
            <translation>
                <numerusform>%n séance tenue</numerusform>
                <numerusform>%n séances tenues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning</source>
            <translation>
                <numerusform>%n enseignement</numerusform>
                <numerusform>%n enseignements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learnings</source>
            <translation>
                <numerusform>%n enseignement</numerusform>
                <numerusform>%n enseignements</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 actions done</source>
            <translation>actions faites : %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Disque</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>Don't Save</source>
            <translation>Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
    </context>
    <context>
        <name>Ratings</name>
        <message>
            <source>1 — not yet</source>
            <translation>1 — pas encore</translation>
        </message>
        <message>
            <source>2 — beginning</source>
            <translation>2 — je commence</translation>
        </message>
        <message>
            <source>3 — on my way</source>
            <translation>3 — en chemin</translation>
        </message>
        <message>
            <source>4 — mostly there</source>
            <translation>4 — presque atteint</translation>
        </message>
        <message>
            <source>5 — achieved</source>
            <translation>5 — atteint</translation>
        </message>
        <message>
            <source>Rating of «%1»</source>
            <translation>Auto-évaluation de « %1 »</translation>
        </message>
        <message>
            <source>Comment on «%1»</source>
            <translation>Commentaire sur « %1 »</translation>
        </message>
        <message>
            <source>What makes me say so?</source>
            <translation>Qu’est-ce qui me fait dire cela ?</translation>
        </message>
        <message>
            <source>No rating chosen: your words are kept.</source>
            <translation>Aucune étoile choisie : vos mots sont gardés.</translation>
        </message>
    </context>
    <context>
        <name>RatingsBody</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Also kept in this step's note:</source>
            <translation>Gardé aussi dans la note de cette étape :</translation>
        </message>
        <message>
            <source>No personal objectives yet for this group. Add them in the group's settings to follow your progress here.</source>
            <translation>Pas encore d’objectifs personnels pour ce groupe. Ajoutez-les dans les réglages du groupe pour suivre ici votre progression.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyPlaceBanner</name>
        <message>
            <source>This journal is on a medium Carnet cannot write to (a write-protected key, a read-only share or disc): it is open read-only. You can read it, search it and print it, but nothing you change is saved. To write in it, save a copy onto this computer and open the copy.</source>
            <translation>Ce carnet est sur un support où Carnet ne peut pas écrire (clé protégée en écriture, partage ou disque en lecture seule) : il est ouvert en lecture seule. Vous pouvez le lire, y chercher et l’imprimer, mais rien de ce que vous changez n’est enregistré. Pour y écrire, enregistrez-en une copie sur cet ordinateur et ouvrez la copie.</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <source>An encrypted copy of the journal, with the same passphrase, where you choose on this computer: a backup, and a journal you can write in</source>
            <translation>Une copie chiffrée du carnet, avec la même phrase de passe, là où vous voulez sur cet ordinateur : une sauvegarde, et un carnet où vous pouvez écrire</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>Copie en cours…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOffer</name>
        <message>
            <source>Restore the latest valid backup</source>
            <translation>Restaurer la dernière sauvegarde valide</translation>
        </message>
        <message>
            <source>A backup from %1 opens with this passphrase and passes every check. Restoring it keeps the damaged file beside it.</source>
            <translation>Une sauvegarde du %1 s’ouvre avec cette phrase de passe et passe tous les contrôles. La restaurer garde le fichier endommagé à côté.</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>Prepare the session</source>
            <translation>Préparer la séance</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Carnet will look for the newest backup of %1 that opens with the passphrase below and passes every check, then put it in place of the journal.</source>
            <translation>Carnet va chercher la sauvegarde la plus récente de %1 qui s’ouvre avec la phrase de passe ci-dessous et passe tous les contrôles, puis la mettre à la place du carnet.</translation>
        </message>
        <message>
            <source>Choose the backup of %1 to put in place of the journal.</source>
            <translation>Choisissez la sauvegarde de %1 à mettre à la place du carnet.</translation>
        </message>
        <message>
            <source>Backups in %1</source>
            <translation>Sauvegardes dans %1</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Écrite</translation>
        </message>
        <message>
            <source>There is no backup of this journal in this folder. The backup folder can be changed in the Preferences.</source>
            <translation>Il n’y a aucune sauvegarde de ce carnet dans ce dossier. Le dossier des sauvegardes se change dans les Préférences.</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Phrase de passe de la sauvegarde</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <source>Usually the journal's current passphrase: changing the passphrase re-encrypts the backups. A backup it did not re-encrypt opens with the passphrase the journal had then.</source>
            <translation>En général la phrase de passe actuelle du carnet : changer de phrase de passe rechiffre ses sauvegardes. Une sauvegarde qui n’a pas été rechiffrée s’ouvre avec celle qu’avait le carnet à l’époque.</translation>
        </message>
        <message>
            <source>This journal syncs: at its next sync, what was written since this backup — here or on your other devices — comes back into it, and the restore is undone. To keep the journal as the backup holds it, it must stop syncing.</source>
            <translation>Ce carnet se synchronise : à sa prochaine synchronisation, ce qui a été écrit depuis cette sauvegarde — ici ou sur vos autres appareils — y revient, et la restauration est défaite. Pour garder le carnet tel que la sauvegarde le contient, il doit cesser de se synchroniser.</translation>
        </message>
        <message>
            <source>This backup does not open with this passphrase. Type the journal's current passphrase (a passphrase change re-encrypts the backups), or, for a backup it did not re-encrypt, the one the journal had then.</source>
            <translation>Cette sauvegarde ne s’ouvre pas avec cette phrase de passe. Tapez la phrase de passe actuelle du carnet (changer de phrase de passe rechiffre les sauvegardes) ou, pour une sauvegarde qui n’a pas été rechiffrée, celle qu’avait le carnet à l’époque.</translation>
        </message>
        <message>
            <source>The journal will be locked first. The current file is kept beside it (its name ends in “before-restore”), then the backup takes its place and opens with its own passphrase.</source>
            <translation>Le carnet sera d’abord verrouillé. Le fichier actuel est gardé à côté (son nom contient « before-restore »), puis la sauvegarde prend sa place et s’ouvre avec sa propre phrase de passe.</translation>
        </message>
        <message>
            <source>Stop syncing this journal (the restore then holds)</source>
            <translation>Arrêter la synchronisation de ce carnet (la restauration tient alors)</translation>
        </message>
        <message>
            <source>Restore the latest valid backup</source>
            <translation>Restaurer la dernière sauvegarde valide</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>No backup of this journal opens with this passphrase and passes the checks. Try the passphrase the journal had before, or choose a backup by hand.</source>
            <translation>Aucune sauvegarde de ce carnet ne s’ouvre avec cette phrase de passe en passant les contrôles. Essayez la phrase de passe qu’avait le carnet auparavant, ou choisissez une sauvegarde vous-même.</translation>
        </message>
        <message>
            <source>This backup cannot be used; choose another one.</source>
            <translation>Cette sauvegarde est inutilisable ; choisissez-en une autre.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restauration de la sauvegarde…</translation>
        </message>
        <message>
            <source>Open a journal first: its backups are listed here.</source>
            <translation>Ouvrez d’abord un carnet : ses sauvegardes sont listées ici.</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>À la main</translation>
        </message>
        <message>
            <source>When closing</source>
            <translation>À la fermeture</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Before a passphrase change</source>
            <translation>Avant un changement de phrase de passe</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Avant une importation</translation>
        </message>
    </context>
    <context>
        <name>ResurfaceCard</name>
        <message>
            <source>Open the session</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <source>Another</source>
            <translation>Un autre</translation>
        </message>
        <message>
            <source>Show another learning from before</source>
            <translation>Montrer un autre enseignement d’avant</translation>
        </message>
        <message>
            <source>Don't show again</source>
            <translation>Ne plus afficher</translation>
        </message>
        <message>
            <source>Preferences can show it again</source>
            <translation>Les préférences peuvent le réafficher</translation>
        </message>
        <message>
            <source>A year ago</source>
            <translation>Il y a un an</translation>
        </message>
        <message>
            <source>%1 years ago</source>
            <translation>Il y a %1 ans</translation>
        </message>
        <message>
            <source>%1 months ago</source>
            <translation>Il y a %1 mois</translation>
        </message>
        <message>
            <source>%1, on %2, you had learned…</source>
            <translation>%1, sur le thème « %2 », vous aviez appris…</translation>
        </message>
        <message>
            <source>%1, you had learned…</source>
            <translation>%1, vous aviez appris…</translation>
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
            <translation>Ce qui s’est passé jusqu’ici</translation>
        </message>
        <message>
            <source>New date</source>
            <translation>Nouvelle date</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>Qu’est-ce que ça a donné ?</translation>
        </message>
        <message>
            <source>What happened? What did I try, what helped, what stopped me?</source>
            <translation>Qu’est-ce que ça a donné ? Qu’ai-je essayé, qu’est-ce qui m’a aidé, qu’est-ce qui m’a freiné ?</translation>
        </message>
        <message>
            <source>Outcome: what I take from it</source>
            <translation>Résultat : ce que j’en retiens</translation>
        </message>
        <message>
            <source>What did this action change? What would I do differently?</source>
            <translation>Qu’est-ce que cette action a changé ? Que ferais-je autrement ?</translation>
        </message>
        <message>
            <source>Save the review</source>
            <translation>Enregistrer le suivi</translation>
        </message>
        <message>
            <source>Ctrl+Return</source>
            <translation>Ctrl+Entrée</translation>
        </message>
        <message>
            <source>Kept in the action's history, dated today.</source>
            <translation>Conservé dans l’historique de l’action, daté d’aujourd’hui.</translation>
        </message>
        <message>
            <source>Review of the action</source>
            <translation>Revue de l’action</translation>
        </message>
        <message>
            <source>Select an action to review it.</source>
            <translation>Choisissez une action pour faire le point.</translation>
        </message>
        <message>
            <source>Decided at session %1 on %2 — open it</source>
            <translation>Décidée à la séance %1 du %2 — l’ouvrir</translation>
        </message>
        <message>
            <source>NEW REVIEW</source>
            <translation>NOUVEAU SUIVI</translation>
        </message>
        <message>
            <source>Kept in the action's history, dated %1.</source>
            <translation>Conservé dans l’historique de l’action, daté du %1.</translation>
        </message>
        <message>
            <source>overdue: was due %1 (%2)</source>
            <translation>en retard : échéance le %1 (%2)</translation>
        </message>
        <message>
            <source>due %1 (%2)</source>
            <translation>échéance le %1 (%2)</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>reportée</translation>
        </message>
        <message>
            <source>postponed to %1</source>
            <translation>reportée au %1</translation>
        </message>
        <message>
            <source>new date: %1</source>
            <translation>nouvelle date : %1</translation>
        </message>
        <message>
            <source>No review yet.</source>
            <translation>Pas encore de suivi.</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>État de la recherche</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Type d’élément</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>Mon rôle</translation>
        </message>
        <message>
            <source>Theme or tag</source>
            <translation>Thème ou étiquette</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Tous les groupes</translation>
        </message>
        <message>
            <source>Any theme</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>séance %1</translation>
        </message>
        <message>
            <source>Type at least two letters in the search field above: every text of the journal is searched, accents and capitals ignored.</source>
            <translation>Tapez au moins deux lettres dans le champ de recherche ci-dessus : tous les textes du carnet sont parcourus, sans tenir compte des accents ni des majuscules.</translation>
        </message>
        <message>
            <source>Nothing found for « %1 » between these dates.</source>
            <translation>Aucun résultat pour « %1 » entre ces dates.</translation>
        </message>
        <message>
            <source>Nothing found for « %1 ».</source>
            <translation>Aucun résultat pour « %1 ».</translation>
        </message>
        <message>
            <source>The %1 most recent results for « %2 »: add a word or a filter to narrow them.</source>
            <translation>Les %1 résultats les plus récents pour « %2 » : ajoutez un mot ou un filtre pour affiner.</translation>
        </message>
        <message>
            <source>1 result for « %1 »</source>
            <translation>1 résultat pour « %1 »</translation>
        </message>
        <message>
            <source>%1 results for « %2 », most recent first</source>
            <translation>%1 résultats pour « %2 », les plus récents d’abord</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Enseignement</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Ressenti</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Action review</source>
            <translation>Suivi d’action</translation>
        </message>
        <message>
            <source>Topic to bring</source>
            <translation>Sujet à apporter</translation>
        </message>
        <message>
            <source>Key word</source>
            <translation>Mot-clé</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>Photo or document</source>
            <translation>Photo ou document</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
    </context>
    <context>
        <name>SessionDocuments</name>
        <message>
            <source>Documents of the session</source>
            <translation>Documents de la séance</translation>
        </message>
        <message>
            <source>Photos of the flipchart, a scanned page, the facilitator's PDF: drop them anywhere on this page, or paste a screenshot. They are kept inside the encrypted journal, without location or camera details.</source>
            <translation>Photos du paperboard, page scannée, PDF de l’animateur : déposez-les n’importe où sur cette page, ou collez une capture d’écran. Ils sont gardés dans le carnet chiffré, sans lieu ni appareil photo.</translation>
        </message>
        <message>
            <source>Attach photos or PDF files</source>
            <translation>Joindre des photos ou des PDF</translation>
        </message>
        <message>
            <source>Nothing to paste</source>
            <translation>Rien à coller</translation>
        </message>
        <message>
            <source>The clipboard holds no image and no file. Copy a screenshot or a photo first.</source>
            <translation>Le presse-papiers ne contient ni image ni fichier. Copiez d’abord une capture d’écran ou une photo.</translation>
        </message>
        <message>
            <source>A file was not attached</source>
            <translation>Un fichier n’a pas été joint</translation>
        </message>
        <message>
            <source>Some files were not attached</source>
            <translation>Des fichiers n’ont pas été joints</translation>
        </message>
        <message>
            <source>Nothing was stored for:</source>
            <translation>Rien n’a été enregistré pour :</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Edit the caption…</source>
            <translation>Modifier la légende…</translation>
        </message>
        <message>
            <source>Open with…</source>
            <translation>Ouvrir avec…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>The caption was not saved</source>
            <translation>La légende n’a pas été enregistrée</translation>
        </message>
        <message>
            <source>The file was not deleted</source>
            <translation>Le fichier n’a pas été supprimé</translation>
        </message>
        <message>
            <source>«%1» deleted.</source>
            <translation>« %1 » supprimé.</translation>
        </message>
        <message>
            <source>The file was not put back</source>
            <translation>Le fichier n’a pas été remis</translation>
        </message>
        <message>
            <source>The copy was not written</source>
            <translation>La copie n’a pas été écrite</translation>
        </message>
        <message>
            <source>“%1” could not be written: %2.</source>
            <translation>« %1 » n’a pas pu être écrit : %2.</translation>
        </message>
        <message>
            <source>Save a copy (NOT encrypted)</source>
            <translation>Enregistrer une copie (NON chiffrée)</translation>
        </message>
        <message>
            <source>Copy written — NOT encrypted</source>
            <translation>Copie écrite — NON chiffrée</translation>
        </message>
        <message>
            <source>%1 was written.</source>
            <translation>%1 a été écrit.</translation>
        </message>
        <message>
            <source>Open with another application</source>
            <translation>Ouvrir avec une autre application</translation>
        </message>
        <message>
            <source>To open this file in another application, Carnet writes a copy where you choose.</source>
            <translation>Pour ouvrir ce fichier dans une autre application, Carnet en écrit une copie à l’endroit que vous choisissez.</translation>
        </message>
        <message>
            <source>Where to put the copy to open (NOT encrypted)</source>
            <translation>Où placer la copie à ouvrir (NON chiffrée)</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Session page</source>
            <translation>Page de la séance</translation>
        </message>
        <message>
            <source>Choose a session to open its page of the journal.</source>
            <translation>Choisissez une séance pour ouvrir sa page du carnet.</translation>
        </message>
        <message>
            <source>This session could not be opened: %1</source>
            <translation>Cette séance n’a pas pu être ouverte : %1</translation>
        </message>
        <message>
            <source>My learnings</source>
            <translation>Mes enseignements</translation>
        </message>
        <message>
            <source>My feelings</source>
            <translation>Mes ressentis</translation>
        </message>
        <message>
            <source>My key word</source>
            <translation>Mon mot-clé</translation>
        </message>
        <message>
            <source>My actions</source>
            <translation>Mes actions</translation>
        </message>
        <message>
            <source>My progress</source>
            <translation>Ma progression</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Autres notes</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>La séance</translation>
        </message>
        <message>
            <source>The template «%1» of this group is not available: your notes are shown without its steps.</source>
            <translation>Le modèle « %1 » de ce groupe n’est pas disponible : vos notes sont affichées sans ses étapes.</translation>
        </message>
        <message>
            <source>Filled in above, in this page's first such step.</source>
            <translation>Se remplit plus haut, à la première étape de ce type sur cette page.</translation>
        </message>
        <message>
            <source>Written under another format of this group (or one no longer installed): kept here, nothing is lost.</source>
            <translation>Écrites sous un autre format de ce groupe (ou un format qui n’est plus installé) : gardées ici, rien n’est perdu.</translation>
        </message>
        <message>
            <source>Topics to bring to a future session</source>
            <translation>Sujets à apporter à une prochaine séance</translation>
        </message>
        <message>
            <source>Topics to bring</source>
            <translation>Sujets à apporter</translation>
        </message>
        <message>
            <source>My backlog for this group</source>
            <translation>Mes sujets en attente pour ce groupe</translation>
        </message>
        <message>
            <source>Which situation would I bring next time? How urgent?</source>
            <translation>Quelle situation aimerais-je apporter la prochaine fois ? Avec quelle urgence ?</translation>
        </message>
        <message>
            <source>The rest of this page could not be read: %1</source>
            <translation>La suite de cette page n’a pas pu être lue : %1</translation>
        </message>
    </context>
    <context>
        <name>SessionHeader</name>
        <message>
            <source>Title or case of the session (optional)</source>
            <translation>Titre ou cas de la séance (facultatif)</translation>
        </message>
        <message>
            <source>Title or case of the session</source>
            <translation>Titre ou cas de la séance</translation>
        </message>
        <message>
            <source>Number of this session in the cycle (planned sessions)</source>
            <translation>Numéro de cette séance dans le cycle (séances prévues)</translation>
        </message>
        <message>
            <source>Add an extra session</source>
            <translation>Ajouter une séance en plus</translation>
        </message>
        <message>
            <source>Themes, separated by commas (delegation, conflict…)</source>
            <translation>Thèmes, séparés par des virgules (délégation, conflit…)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>Mon rôle</translation>
        </message>
        <message>
            <source>Number of the session in the cycle</source>
            <translation>Numéro de la séance dans le cycle</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Session %1 of %2</source>
            <translation>Séance %1 sur %2</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Séance %1</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n action(s) due on %1</source>
            <translation>
                <numerusform>La garder due le %1</numerusform>
                <numerusform>Les garder dues le %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s) due on %1, the day of this session, moved with it to %2.</source>
            <translation>
                <numerusform>%n action ouverte, due le %1, jour de cette séance, la suit au %2.</numerusform>
                <numerusform>%n actions ouvertes, dues le %1, jour de cette séance, la suivent au %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message numerus="yes">
            <source>Keep the topic(s) to bring</source>
            <translation>
                <numerusform>Le garder à apporter</numerusform>
                <numerusform>Les garder à apporter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Noted treated at this session: %1, the topic(s) you brought.</source>
            <translation>
                <numerusform>Noté traité à cette séance : %1, le sujet que vous avez apporté.</numerusform>
                <numerusform>Notés traités à cette séance : %1, les sujets que vous avez apportés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s) to bring again, in Préparer.</source>
            <translation>
                <numerusform>%n sujet de nouveau à apporter, dans Préparer.</numerusform>
                <numerusform>%n sujets de nouveau à apporter, dans Préparer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due on %1 again, as before the session moved.</source>
            <translation>
                <numerusform>%n action à nouveau due le %1, comme avant le déplacement de la séance.</numerusform>
                <numerusform>%n actions à nouveau dues le %1, comme avant le déplacement de la séance.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Nouveau groupe…</translation>
        </message>
        <message>
            <source>New session in this group</source>
            <translation>Nouvelle séance dans ce groupe</translation>
        </message>
        <message>
            <source>Add an extra session to this group</source>
            <translation>Ajouter une séance en plus à ce groupe</translation>
        </message>
        <message>
            <source>Edit the group</source>
            <translation>Modifier le groupe</translation>
        </message>
        <message>
            <source>Remove this session…</source>
            <translation>Supprimer cette séance…</translation>
        </message>
    </context>
    <context>
        <name>StatusPicker</name>
        <message>
            <source>Postpone…</source>
            <translation>Reporter…</translation>
        </message>
    </context>
    <context>
        <name>StepSection</name>
        <message>
            <source>Not saved — will retry</source>
            <translation>Non enregistré — nouvel essai bientôt</translation>
        </message>
        <message>
            <source>This change could not be written to the journal yet. It stays here and is saved again with your next edit.</source>
            <translation>Cette modification n’a pas encore pu être écrite dans le carnet. Elle reste ici et sera de nouveau enregistrée à votre prochaine saisie.</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>The folder could not be set up: %1</source>
            <translation>Le dossier n’a pas pu être préparé : %1</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>a learning</source>
            <translation>un enseignement</translation>
        </message>
        <message>
            <source>a feeling</source>
            <translation>un ressenti</translation>
        </message>
        <message>
            <source>the rating of %1</source>
            <translation>l’évaluation de %1</translation>
        </message>
        <message>
            <source>the outcome of the action %1</source>
            <translation>le résultat de l’action %1</translation>
        </message>
        <message>
            <source>the details of the action %1</source>
            <translation>les précisions de l’action %1</translation>
        </message>
        <message>
            <source>a follow-up of the action %1</source>
            <translation>un suivi de l’action %1</translation>
        </message>
        <message>
            <source>the draft of the topic %1</source>
            <translation>le brouillon du sujet %1</translation>
        </message>
        <message>
            <source>the objective %1</source>
            <translation>l’objectif %1</translation>
        </message>
        <message>
            <source>the ground rules</source>
            <translation>les règles de fonctionnement</translation>
        </message>
        <message>
            <source>the group's notes</source>
            <translation>les notes du groupe</translation>
        </message>
        <message>
            <source>%1, session %2 (%3) — %4</source>
            <translation>%1, séance %2 (%3) — %4</translation>
        </message>
        <message>
            <source>Any group</source>
            <translation>Tout groupe</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>This meeting had been planned on two devices: it is shown once now.</source>
            <translation>Cette séance avait été prévue sur deux appareils : elle n’apparaît plus qu’une fois.</translation>
        </message>
        <message>
            <source>The session shown was removed on another device (nothing was written in it here since).</source>
            <translation>La séance affichée a été supprimée sur un autre appareil (rien n’y avait été écrit ici depuis).</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Carnet keeps this journal in step on your devices through a folder your sync tool already syncs: Nextcloud, Syncthing, Dropbox, OneDrive, a network share, a USB stick. Only encrypted change files go there, no names, no titles; the journal file itself stays where it is.</source>
            <translation>Carnet tient ce carnet à jour sur vos appareils par un dossier que votre outil de synchronisation synchronise déjà : Nextcloud, Syncthing, Dropbox, OneDrive, un partage réseau, une clé USB. Seuls des fichiers de modifications chiffrés y vont, sans noms ni titres ; le fichier du carnet, lui, reste où il est.</translation>
        </message>
        <message>
            <source>None: this journal does not sync</source>
            <translation>Aucun : ce carnet ne se synchronise pas</translation>
        </message>
        <message>
            <source>Synced folder</source>
            <translation>Dossier synchronisé</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Choose the synced folder</source>
            <translation>Choisir le dossier synchronisé</translation>
        </message>
        <message>
            <source>The journal's passphrase</source>
            <translation>La phrase de passe du carnet</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <source>&amp;Sync through this folder</source>
            <translation>&amp;Synchroniser par ce dossier</translation>
        </message>
        <message>
            <source>The passphrase encrypts the key your other devices need to join; it is never written in the folder.</source>
            <translation>La phrase de passe chiffre la clé dont vos autres appareils ont besoin pour rejoindre le carnet ; elle n’est jamais écrite dans le dossier.</translation>
        </message>
        <message>
            <source>Click a line to open the text there.</source>
            <translation>Cliquez sur une ligne pour ouvrir le texte là où il est écrit.</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Synchroniser &amp;maintenant</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchronisation</translation>
        </message>
        <message>
            <source>Devices of this journal</source>
            <translation>Appareils de ce carnet</translation>
        </message>
        <message>
            <source>&amp;Remove this device…</source>
            <translation>&amp;Retirer cet appareil…</translation>
        </message>
        <message>
            <source>This device's name</source>
            <translation>Nom de cet appareil</translation>
        </message>
        <message>
            <source>Shown to your other devices in this list (it travels encrypted).</source>
            <translation>Montré à vos autres appareils dans cette liste (il voyage chiffré).</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Appareils</translation>
        </message>
        <message>
            <source>&amp;This device:</source>
            <translation>&amp;Cet appareil :</translation>
        </message>
        <message>
            <source>The journal is locked.</source>
            <translation>Le carnet est verrouillé.</translation>
        </message>
        <message>
            <source>This journal does not sync yet.</source>
            <translation>Ce carnet ne se synchronise pas encore.</translation>
        </message>
        <message>
            <source>At the last sync that worked: %1</source>
            <translation>Lors de la dernière synchronisation réussie : %1</translation>
        </message>
        <message>
            <source>Two versions kept, to edit:</source>
            <translation>Deux versions gardées, à reprendre :</translation>
        </message>
        <message>
            <source>%1, session %2</source>
            <translation>%1, séance %2</translation>
        </message>
        <message>
            <source>Sync once to see the devices.</source>
            <translation>Synchronisez une fois pour voir les appareils.</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Appareil %1</translation>
        </message>
        <message>
            <source>%1 (this device)</source>
            <translation>%1 (cet appareil)</translation>
        </message>
        <message>
            <source>Your journal file is inside this folder. Sync tools damage a journal file in use: move the journal out of this folder first (or choose another folder). The folder only needs Carnet's change files.</source>
            <translation>Le fichier de votre carnet est dans ce dossier. Les outils de synchronisation abîment un fichier de carnet ouvert : sortez d’abord le carnet de ce dossier (ou choisissez-en un autre). Le dossier n’a besoin que des fichiers de modifications de Carnet.</translation>
        </message>
        <message>
            <source>Type the journal's passphrase.</source>
            <translation>Tapez la phrase de passe du carnet.</translation>
        </message>
        <message>
            <source>Change the synced folder</source>
            <translation>Changer de dossier synchronisé</translation>
        </message>
        <message>
            <source>This journal already syncs with other devices (%1). The folder %2 holds no copy of this journal: those devices will not see the changes made here, nor this device theirs, unless they choose this folder too. Use this folder anyway?</source>
            <translation>Ce carnet se synchronise déjà avec d’autres appareils (%1). Le dossier %2 n’en contient aucune copie : ces appareils ne verront pas les modifications faites ici, ni cet appareil les leurs, à moins qu’ils ne choisissent eux aussi ce dossier. Utiliser quand même ce dossier ?</translation>
        </message>
        <message>
            <source>Remove this device</source>
            <translation>Retirer cet appareil</translation>
        </message>
        <message>
            <source>Remove « %1 » from this journal's devices? Its change files are taken out of the folder once their content is in this device's copy; if that device syncs again, it comes back.</source>
            <translation>Retirer « %1 » des appareils de ce carnet ? Ses fichiers de modifications sont ôtés du dossier une fois leur contenu reçu par les autres appareils ; si cet appareil se synchronise de nouveau, il revient.</translation>
        </message>
        <message>
            <source>« %1 » was not removed: %2 has not received all of its changes yet. Remove it again once that device has synced.</source>
            <translation>« %1 » n’a pas été retiré : %2 n’a pas encore reçu toutes ses modifications. Retirez-le de nouveau quand cet appareil se sera synchronisé.</translation>
        </message>
        <message>
            <source>« %1 » was removed: its change files are out of the folder but its last one, kept so that a device that has not synced since still gets what it wrote. What it wrote is kept in the others' copies; if it syncs again, it comes back to the list.</source>
            <translation>« %1 » a été retiré : ses fichiers de modifications ne sont plus dans le dossier, sauf le dernier, gardé pour qu’un appareil qui ne s’est pas synchronisé depuis reçoive encore ce qu’il a écrit. Ce qu’il a écrit reste dans les copies des autres appareils ; s’il se synchronise de nouveau, il revient dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>TableOfContents</name>
        <message>
            <source>CONTENTS</source>
            <translation>SOMMAIRE</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ Tout est enregistré</translation>
        </message>
        <message>
            <source>⚠ Not saved — your text is kept here</source>
            <translation>⚠ Non enregistré — votre texte est conservé ici</translation>
        </message>
    </context>
    <context>
        <name>TagLineEdit</name>
        <message>
            <source>Tags…</source>
            <translation>Étiquettes…</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Étiquettes, séparées par des virgules</translation>
        </message>
    </context>
    <context>
        <name>TagListModel</name>
        <message>
            <source>Theme or tag</source>
            <translation>Thème ou étiquette</translation>
        </message>
        <message>
            <source>Uses</source>
            <translation>Utilisations</translation>
        </message>
        <message>
            <source>%1: a suggested theme, not used yet</source>
            <translation>%1 : thème suggéré, pas encore utilisé</translation>
        </message>
        <message>
            <source>%1: used %2 times</source>
            <translation>%1 : utilisé %2 fois</translation>
        </message>
        <message>
            <source>%1 (suggested theme, not used yet)</source>
            <translation>%1 (thème suggéré, pas encore utilisé)</translation>
        </message>
    </context>
    <context>
        <name>TaggedItemsModel</name>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
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
            <translation>Thèmes et étiquettes</translation>
        </message>
        <message>
            <source>The themes of your sessions and the tags of your learnings, actions and topics. Suggested themes in grey are not used yet.</source>
            <translation>Les thèmes de vos séances et les étiquettes de vos enseignements, actions et sujets. Les thèmes suggérés, en gris, ne sont pas encore utilisés.</translation>
        </message>
        <message>
            <source>Filed under the chosen tag</source>
            <translation>Classé sous l’étiquette choisie</translation>
        </message>
        <message>
            <source>No tag yet</source>
            <translation>Pas encore d’étiquette</translation>
        </message>
        <message>
            <source>Give a session a theme, or tag a learning, an action or a topic: it is filed here.</source>
            <translation>Donnez un thème à une séance, ou une étiquette à un enseignement, une action ou un sujet : il sera classé ici.</translation>
        </message>
        <message>
            <source>Double-click an item to open its session.</source>
            <translation>Double-cliquez sur un élément pour ouvrir sa séance.</translation>
        </message>
        <message>
            <source>Nothing is filed under this theme yet.</source>
            <translation>Rien n’est encore classé sous ce thème.</translation>
        </message>
    </context>
    <context>
        <name>TextBody</name>
        <message>
            <source>Write here…</source>
            <translation>Écrivez ici…</translation>
        </message>
        <message>
            <source>Preview of «%1»</source>
            <translation>Aperçu de « %1 »</translation>
        </message>
        <message>
            <source>Write «%1»</source>
            <translation>Écrire « %1 »</translation>
        </message>
        <message>
            <source>Preview «%1»</source>
            <translation>Afficher l’aperçu de « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Tile</name>
        <message>
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>%1 — press Enter to open it</source>
            <translation>%1 — Entrée pour l’ouvrir</translation>
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
            <translation>Animateur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>My role</source>
            <translation>Mon rôle</translation>
        </message>
        <message>
            <source>Themes and key word</source>
            <translation>Thèmes et mot-clé</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message numerus="yes">
            <source>%n session</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Every session of every group, month by month. Planned sessions are in italics with a hollow circle.</source>
            <translation>Toutes les séances de tous les groupes, mois par mois. Les séances prévues sont en italique, avec un cercle vide.</translation>
        </message>
        <message>
            <source>Timeline of the sessions</source>
            <translation>Chronologie des séances</translation>
        </message>
    </context>
    <context>
        <name>TopicRow</name>
        <message>
            <source>Topic to bring</source>
            <translation>Sujet à apporter</translation>
        </message>
        <message>
            <source>Priority of the topic</source>
            <translation>Priorité du sujet</translation>
        </message>
        <message>
            <source>Remove this topic</source>
            <translation>Retirer ce sujet</translation>
        </message>
    </context>
    <context>
        <name>Topics</name>
        <message>
            <source>High priority</source>
            <translation>Priorité haute</translation>
        </message>
        <message>
            <source>Normal priority</source>
            <translation>Priorité normale</translation>
        </message>
        <message>
            <source>Low priority</source>
            <translation>Priorité basse</translation>
        </message>
    </context>
    <context>
        <name>TopicsBody</name>
        <message>
            <source>A situation I would like to bring…</source>
            <translation>Une situation à apporter…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>New topic to bring</source>
            <translation>Nouveau sujet à apporter</translation>
        </message>
        <message>
            <source>Add the topic</source>
            <translation>Ajouter le sujet</translation>
        </message>
        <message>
            <source>Topic “%1” deleted.</source>
            <translation>Sujet « %1 » supprimé.</translation>
        </message>
    </context>
    <context>
        <name>TopicsPanel</name>
        <message>
            <source>New topic…</source>
            <translation>Nouveau sujet…</translation>
        </message>
        <message>
            <source>A situation I would like to bring</source>
            <translation>Une situation que j’aimerais apporter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Topics to bring</source>
            <translation>Sujets à apporter</translation>
        </message>
        <message>
            <source>No topic waiting. Note a situation when one comes up: a sentence is enough.</source>
            <translation>Aucun sujet en attente. Notez une situation dès qu’elle se présente : une phrase suffit.</translation>
        </message>
        <message>
            <source>TOPIC</source>
            <translation>SUJET</translation>
        </message>
        <message>
            <source>The situation in a few words</source>
            <translation>La situation en quelques mots</translation>
        </message>
        <message>
            <source>Topic: the situation in a few words</source>
            <translation>Sujet : la situation en quelques mots</translation>
        </message>
        <message>
            <source>Priority of the topic</source>
            <translation>Priorité du sujet</translation>
        </message>
        <message>
            <source>High priority</source>
            <translation>Priorité haute</translation>
        </message>
        <message>
            <source>Normal priority</source>
            <translation>Priorité normale</translation>
        </message>
        <message>
            <source>Low priority</source>
            <translation>Priorité basse</translation>
        </message>
        <message>
            <source>The situation, described objectively; what is a problem for me; what I am looking for from the group.</source>
            <translation>La situation, décrite objectivement ; ce qui me pose problème ; ce que j’attends du groupe.</translation>
        </message>
        <message>
            <source>Bring to this session</source>
            <translation>Apporter à cette séance</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <source>Delete this topic…</source>
            <translation>Supprimer ce sujet…</translation>
        </message>
        <message>
            <source>Exposé draft</source>
            <translation>Brouillon de l’exposé</translation>
        </message>
        <message>
            <source>Bring it to a session: it becomes the session's case and pre-fills its exposé</source>
            <translation>Apportez-le à une séance : il devient le cas de la séance et pré-remplit son exposé</translation>
        </message>
        <message>
            <source>The chosen topic</source>
            <translation>Le sujet choisi</translation>
        </message>
        <message>
            <source>Any group</source>
            <translation>Tout groupe</translation>
        </message>
        <message>
            <source>brought to a session</source>
            <translation>apporté à une séance</translation>
        </message>
        <message>
            <source>no draft yet</source>
            <translation>pas encore de brouillon</translation>
        </message>
        <message>
            <source>1 word</source>
            <translation>1 mot</translation>
        </message>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
        <message>
            <source>No topic chosen: what you write here becomes a new topic.</source>
            <translation>Aucun sujet choisi : ce que vous écrivez ici devient un nouveau sujet.</translation>
        </message>
        <message>
            <source>The case of session %1 on %2.</source>
            <translation>Le cas de la séance %1 du %2.</translation>
        </message>
        <message>
            <source>In the backlog since %1.</source>
            <translation>En attente depuis le %1.</translation>
        </message>
        <message>
            <source>Write or choose a topic first</source>
            <translation>Écrivez ou choisissez d’abord un sujet</translation>
        </message>
        <message>
            <source>Session %1 · %2</source>
            <translation>Séance %1 · %2</translation>
        </message>
        <message>
            <source>No planned session ahead</source>
            <translation>Aucune séance prévue à venir</translation>
        </message>
        <message>
            <source>session %1 on %2</source>
            <translation>la séance %1 du %2</translation>
        </message>
        <message>
            <source>Brought to %1: its exposé now holds your draft.</source>
            <translation>Apporté à %1 : son exposé contient maintenant votre brouillon.</translation>
        </message>
        <message>
            <source>Brought to %1: your draft was added below what the exposé already held.</source>
            <translation>Apporté à %1 : votre brouillon a été ajouté sous le contenu de l’exposé.</translation>
        </message>
        <message>
            <source>Brought to %1: its exposé already holds this draft.</source>
            <translation>Apporté à %1 : son exposé contient déjà ce brouillon.</translation>
        </message>
        <message>
            <source>Brought to %1.</source>
            <translation>Apporté à %1.</translation>
        </message>
        <message>
            <source>You are its client (the one who brings the case).</source>
            <translation>Vous y êtes le client (celui ou celle qui apporte le cas).</translation>
        </message>
        <message>
            <source>Delete the topic</source>
            <translation>Supprimer le sujet</translation>
        </message>
        <message>
            <source>Delete « %1 » and its draft?</source>
            <translation>Supprimer « %1 » et son brouillon ?</translation>
        </message>
    </context>
    <context>
        <name>TrustController</name>
        <message>
            <source>Change the pass&amp;phrase…</source>
            <translation>Changer la &amp;phrase de passe…</translation>
        </message>
        <message>
            <source>Re-encrypt the journal under a new passphrase</source>
            <translation>Chiffrer à nouveau le carnet avec une nouvelle phrase de passe</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Put one of the journal's backup copies in its place</source>
            <translation>Mettre à sa place l’une des copies de sauvegarde du carnet</translation>
        </message>
        <message>
            <source>This is a backup of your journal (%1, %2): it is open read-only and does not sync, so that it stays as it was. To put it back in place of your journal: open your journal, then File › Restore a backup…</source>
            <translation>Ceci est une sauvegarde de votre carnet (%1, %2) : elle est ouverte en lecture seule et ne se synchronise pas, pour rester telle qu’elle était. Pour la remettre à la place de votre carnet : ouvrez votre carnet, puis Fichier › Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>The check run after opening found damage in %1:
%2

Carnet switched the journal to read-only so the damage cannot spread: what you change now is not saved, and no backup is written from it.

Restore the latest valid backup now? (Later: the button at the top of the window, or File → Restore a backup…)</source>
            <translation>Le contrôle fait après l’ouverture a trouvé des dégâts dans %1 :
%2

Carnet a mis le carnet en lecture seule pour que les dégâts ne s’étendent pas : ce que vous modifiez maintenant n’est pas enregistré, et aucune sauvegarde n’en est écrite.

Restaurer maintenant la dernière sauvegarde valide ? (Plus tard : le bouton en haut de la fenêtre, ou Fichier → Restaurer une sauvegarde…)</translation>
        </message>
        <message>
            <source>The journal is damaged</source>
            <translation>Le carnet est endommagé</translation>
        </message>
        <message>
            <source>The backup from %1 was restored.</source>
            <translation>La sauvegarde du %1 a été restaurée.</translation>
        </message>
        <message>
            <source>The file it replaced was kept as %1.</source>
            <translation>Le fichier remplacé a été gardé sous le nom %1.</translation>
        </message>
        <message>
            <source>It opens with the passphrase you gave for the backup.</source>
            <translation>Il s’ouvre avec la phrase de passe donnée pour la sauvegarde.</translation>
        </message>
        <message>
            <source>It no longer syncs: the restore holds, your other devices keep what they have. To sync it again: Edit › Sync… (what was written since then comes back).</source>
            <translation>Il ne se synchronise plus : la restauration tient, vos autres appareils gardent ce qu’ils ont. Pour le synchroniser de nouveau : Édition › Synchronisation… (ce qui a été écrit depuis reviendra alors).</translation>
        </message>
        <message>
            <source>It still syncs: what was written since the backup comes back at its next sync.</source>
            <translation>Il se synchronise toujours : ce qui a été écrit depuis la sauvegarde revient à sa prochaine synchronisation.</translation>
        </message>
        <message>
            <source>The backup was not restored; the journal was not changed.</source>
            <translation>La sauvegarde n’a pas été restaurée ; le carnet n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Sauvegarde non restaurée</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Annuler : %1</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Your journal is locked</source>
            <translation>Votre carnet est verrouillé</translation>
        </message>
        <message>
            <source>Demonstration passphrase: %1</source>
            <translation>Phrase de passe de démonstration : %1</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>A change that could not be saved is waiting for you to unlock: unlock the journal to put it back on screen.</source>
            <translation>Une modification non enregistrée attend votre déverrouillage : déverrouillez le carnet pour la retrouver à l’écran.</translation>
        </message>
        <message>
            <source>Open another journal…</source>
            <translation>Ouvrir un autre carnet…</translation>
        </message>
        <message>
            <source>Create a new journal…</source>
            <translation>Créer un nouveau carnet…</translation>
        </message>
        <message>
            <source>Opening the journal…</source>
            <translation>Ouverture du carnet…</translation>
        </message>
        <message>
            <source>Wrong passphrase. Check capital letters, accents and the keyboard layout, then try again.</source>
            <translation>Phrase de passe incorrecte. Vérifiez les majuscules, les accents et la disposition du clavier, puis réessayez.</translation>
        </message>
        <message>
            <source>This journal is already open in another Carnet window. Close it there, then try again.</source>
            <translation>Ce carnet est déjà ouvert dans une autre fenêtre de Carnet. Fermez-le dans cette fenêtre, puis réessayez.</translation>
        </message>
        <message>
            <source>This journal was written by a newer version of Carnet. Update Carnet to open it; the file was not changed.</source>
            <translation>Ce carnet a été écrit par une version plus récente de Carnet. Mettez Carnet à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>This journal is damaged (cut short, or a part of it spoiled): Carnet cannot read it. Nothing was changed. Restore its latest backup: File › Restore a backup…</source>
            <translation>Ce carnet est endommagé (coupé, ou une partie abîmée) : Carnet ne peut pas le lire. Rien n’a été modifié. Restaurez sa dernière sauvegarde : Fichier › Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>This file cannot be opened: it is not a Carnet journal, or it is damaged. Nothing was changed. Open another file, or restore a backup copy.</source>
            <translation>Ce fichier ne peut pas être ouvert : ce n’est pas un carnet créé par Carnet, ou il est endommagé. Rien n’a été modifié. Ouvrez un autre fichier, ou restaurez une copie de sauvegarde.</translation>
        </message>
        <message>
            <source>The journal could not be opened: Carnet must write beside it (its lock, its backups) and %1. Nothing was changed. Copy the journal onto this computer, then open the copy.</source>
            <translation>Le carnet n’a pas pu être ouvert : Carnet doit écrire à côté de lui (son verrou, ses sauvegardes) et %1. Rien n’a été modifié. Copiez le carnet sur cet ordinateur, puis ouvrez la copie.</translation>
        </message>
        <message>
            <source>The journal was not found at this location: it may have been moved or deleted. Open it where it is now, or create a new one.</source>
            <translation>Le carnet est introuvable à cet emplacement : il a peut-être été déplacé ou supprimé. Ouvrez-le là où il se trouve maintenant, ou créez-en un nouveau.</translation>
        </message>
        <message>
            <source>The journal could not be opened. Nothing was changed.</source>
            <translation>Le carnet n’a pas pu être ouvert. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Type the journal's passphrase.</source>
            <translation>Saisissez la phrase de passe du carnet.</translation>
        </message>
    </context>
    <context>
        <name>VersionedTextEdit</name>
        <message>
            <source>This text holds another version, written at the same time on another device. Keep what you want and delete the rest.</source>
            <translation>Ce texte contient une autre version, écrite en même temps sur un autre appareil. Gardez ce que vous voulez et effacez le reste.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Too short (at least %1 characters)</source>
            <translation>Trop courte (au moins %1 caractères)</translation>
        </message>
        <message>
            <source>Welcome to Carnet</source>
            <translation>Bienvenue dans Carnet</translation>
        </message>
        <message>
            <source>Your personal logbook for peer-practice groups: what you explored, learned and felt at each session, and the actions you committed to. Everything is encrypted on this computer.</source>
            <translation>Votre carnet de bord personnel pour les groupes de pratique entre pairs : ce que vous avez exploré, appris et ressenti à chaque séance, et les actions que vous avez décidées. Tout est chiffré sur cet ordinateur.</translation>
        </message>
        <message>
            <source>e.g. Camille Martin</source>
            <translation>p. ex. Camille Martin</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>A few words only you know</source>
            <translation>Quelques mots que personne d’autre ne connaît</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Afficher la phrase de passe</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Saisissez-la de nouveau</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Journal file</source>
            <translation>Fichier du carnet</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <source>Carnet encrypts your journal with this passphrase. If you forget it, nobody can recover your journal — not even with Carnet's help. Write it down and keep it somewhere safe.</source>
            <translation>Carnet chiffre votre carnet avec cette phrase de passe. Si vous l’oubliez, personne ne pourra récupérer votre carnet — pas même avec l’aide de Carnet. Notez-la et gardez-la en lieu sûr.</translation>
        </message>
        <message>
            <source>Create my journal</source>
            <translation>Créer mon carnet</translation>
        </message>
        <message>
            <source>Open an existing journal…</source>
            <translation>Ouvrir un carnet existant…</translation>
        </message>
        <message>
            <source>Already keeping a journal?</source>
            <translation>Vous tenez déjà un carnet ?</translation>
        </message>
        <message>
            <source>Create your journal</source>
            <translation>Créez votre carnet</translation>
        </message>
        <message>
            <source>Weak — add a few words</source>
            <translation>Faible — ajoutez quelques mots</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Correcte</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Solide</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Très solide</translation>
        </message>
        <message>
            <source>Join a synced journal…</source>
            <translation>Rejoindre un carnet synchronisé…</translation>
        </message>
        <message>
            <source>The two passphrases match.</source>
            <translation>Les deux phrases de passe correspondent.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe diffèrent.</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name, or open it with “Open an existing journal”.</source>
            <translation>Un fichier existe déjà à cet emplacement. Choisissez un autre nom, ou ouvrez-le avec « Ouvrir un carnet existant ».</translation>
        </message>
        <message>
            <source>Where to keep your journal</source>
            <translation>Où conserver votre carnet</translation>
        </message>
        <message>
            <source>Open a journal</source>
            <translation>Ouvrir un carnet</translation>
        </message>
    </context>
    <context>
        <name>WholePaste</name>
        <message>
            <source>What you pasted has %1 characters; this field holds at most %2. Nothing was pasted, and the field is as it was.</source>
            <translation>Ce que vous avez collé compte %1 caractères ; ce champ en contient au plus %2. Rien n’a été collé : le champ est resté tel quel.</translation>
        </message>
        <message>
            <source>A step’s notes take longer texts.</source>
            <translation>Les notes d’une étape acceptent des textes plus longs.</translation>
        </message>
        <message>
            <source>Too long to paste here</source>
            <translation>Trop long pour être collé ici</translation>
        </message>
        <message>
            <source>This field holds at most %1 characters.</source>
            <translation>Ce champ contient au plus %1 caractères.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Unsaved group</source>
            <translation>Groupe non enregistré</translation>
        </message>
        <message>
            <source>This group cannot be saved yet: %1

Discard the changes?</source>
            <translation>Ce groupe ne peut pas encore être enregistré : %1

Abandonner les modifications ?</translation>
        </message>
        <message>
            <source>see the message on the form.</source>
            <translation>consultez le message affiché dans le formulaire.</translation>
        </message>
        <message>
            <source>Unsaved change</source>
            <translation>Modification non enregistrée</translation>
        </message>
        <message>
            <source>The last change to the open session could not be saved; it is still on its page.

Open the other session and lose that change?</source>
            <translation>La dernière modification de la séance ouverte n’a pas pu être enregistrée ; elle est toujours sur sa page.

Ouvrir l’autre séance et perdre cette modification ?</translation>
        </message>
        <message>
            <source>Session %1 (%2) was already planned: here it is, nothing was added.</source>
            <translation>La séance %1 (%2) était déjà prévue : la voici, rien n’a été ajouté.</translation>
        </message>
        <message>
            <source>%1 — session %2</source>
            <translation>%1 — séance %2</translation>
        </message>
        <message>
            <source>This session cannot be removed</source>
            <translation>Cette séance ne peut pas être supprimée</translation>
        </message>
        <message>
            <source>“%1” holds what you wrote: it cannot be removed, so that nothing you wrote is lost. If it did not take place for you, open it and mark it “%2”.</source>
            <translation>« %1 » contient ce que vous avez écrit : elle ne peut pas être supprimée, pour que rien de ce que vous avez écrit ne se perde. Si elle n’a pas eu lieu pour vous, ouvrez-la et marquez-la « %2 ».</translation>
        </message>
        <message>
            <source>Remove the session</source>
            <translation>Supprimer la séance</translation>
        </message>
        <message>
            <source>Remove “%1”? Nothing is written in it. It is removed on your other devices too.</source>
            <translation>Supprimer « %1 » ? Rien n’y est écrit. Elle est supprimée sur vos autres appareils aussi.</translation>
        </message>
        <message>
            <source>Something was written in “%1” meanwhile: it was not removed.</source>
            <translation>Quelque chose a été écrit dans « %1 » entre-temps : elle n’a pas été supprimée.</translation>
        </message>
        <message>
            <source>a change was not saved</source>
            <translation>une modification n’a pas été enregistrée</translation>
        </message>
    </context>
    <context>
        <name>BookletWords</name>
        <message>
            <source>the system refused to write it</source>
            <translation>le système a refusé de l’écrire</translation>
        </message>
        <message>
            <source>The booklet was cancelled; no file was written.</source>
            <translation>Le livret a été annulé ; aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>your disk quota is used up</source>
            <translation>votre quota disque est épuisé</translation>
        </message>
        <message>
            <source>Carnet is not allowed to write there</source>
            <translation>Carnet n’a pas le droit d’y écrire</translation>
        </message>
        <message>
            <source>this disk is read-only</source>
            <translation>ce disque est en lecture seule</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>le nom du fichier est trop long</translation>
        </message>
        <message>
            <source>a folder has that name</source>
            <translation>un dossier porte ce nom</translation>
        </message>
        <message>
            <source>The folder %1 does not exist: choose another place.</source>
            <translation>Le dossier %1 n’existe pas : choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>The booklet could not be laid out (%1). Try leaving out a part, or report the problem.</source>
            <translation>Le livret n’a pas pu être mis en page (%1). Essayez d’en retirer une partie, ou signalez le problème.</translation>
        </message>
        <message>
            <source>The booklet's font %1 is missing or unreadable: reinstall Carnet.</source>
            <translation>La police du livret %1 est absente ou illisible : réinstallez Carnet.</translation>
        </message>
        <message>
            <source>The booklet could not be written to %1: %2. Choose a folder you can write to, with some free space.</source>
            <translation>Le livret n’a pas pu être écrit dans %1 : %2. Choisissez un dossier où vous pouvez écrire, avec de la place libre.</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>Since last time…</source>
            <translation>Depuis la dernière fois…</translation>
        </message>
        <message>
            <source>The check-in for this session: what happened since the last one</source>
            <translation>Le tour de table de cette séance : ce qui s’est passé depuis la précédente</translation>
        </message>
        <message>
            <source>Since &amp;last time</source>
            <translation>Depuis la &amp;dernière fois</translation>
        </message>
        <message>
            <source>One screen for the start of a meeting: your actions since last time, your key word, the topic you bring</source>
            <translation>Un écran pour le début d’une rencontre : vos actions depuis la dernière fois, votre mot-clé, le sujet que vous apportez</translation>
        </message>
    </context>
    <context>
        <name>ExchangeWords</name>
        <message>
            <source>the name</source>
            <translation>le nom</translation>
        </message>
        <message>
            <source>the format</source>
            <translation>le format</translation>
        </message>
        <message>
            <source>the facilitator</source>
            <translation>l’animation</translation>
        </message>
        <message>
            <source>the rhythm</source>
            <translation>le rythme</translation>
        </message>
        <message>
            <source>the number of sessions planned</source>
            <translation>le nombre de séances prévues</translation>
        </message>
        <message>
            <source>the first session's date</source>
            <translation>la date de la première séance</translation>
        </message>
        <message>
            <source>the place</source>
            <translation>le lieu</translation>
        </message>
        <message>
            <source>the ground rules</source>
            <translation>les règles de fonctionnement</translation>
        </message>
        <message>
            <source>the notes</source>
            <translation>les notes</translation>
        </message>
        <message>
            <source>whether it is archived</source>
            <translation>l’archivage</translation>
        </message>
        <message>
            <source>the number</source>
            <translation>le numéro</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>la date</translation>
        </message>
        <message>
            <source>the status</source>
            <translation>le statut</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>le rôle</translation>
        </message>
        <message>
            <source>the title</source>
            <translation>le titre</translation>
        </message>
        <message>
            <source>the themes</source>
            <translation>les thèmes</translation>
        </message>
        <message>
            <source>edited in your journal since this file was written: both versions are kept</source>
            <translation>modifié dans votre carnet depuis l’écriture de ce fichier : les deux versions sont gardées</translation>
        </message>
        <message>
            <source>changed in your journal since this file was written (its tags, star, status or dates, not its words): your journal's version is kept</source>
            <translation>modifié dans votre carnet depuis l’écriture de ce fichier (ses étiquettes, son étoile, son statut ou ses dates, pas ses mots) : la version de votre carnet est gardée</translation>
        </message>
        <message>
            <source>the group differs in your journal (%1): your journal's version is kept</source>
            <translation>le groupe est différent dans votre carnet (%1) : la version de votre carnet est gardée</translation>
        </message>
        <message>
            <source>the session differs in your journal (%1): your journal's version is kept</source>
            <translation>la séance est différente dans votre carnet (%1) : la version de votre carnet est gardée</translation>
        </message>
        <message>
            <source>your journal has another text for step %1: it is kept</source>
            <translation>votre carnet a un autre texte pour l’étape %1 : il est gardé</translation>
        </message>
        <message>
            <source>the file's text for step %1 holds all of your journal's and more: the file's is kept</source>
            <translation>le texte du fichier pour l’étape %1 contient tout celui de votre carnet, et davantage : c’est lui qui est gardé</translation>
        </message>
        <message>
            <source>your journal has another key word for this session: it is kept</source>
            <translation>votre carnet a un autre mot-clé pour cette séance : il est gardé</translation>
        </message>
        <message>
            <source>your journal rates this objective differently: its rating is kept</source>
            <translation>votre carnet évalue cet objectif autrement : son évaluation est gardée</translation>
        </message>
        <message>
            <source>your journal has another owner name: it is kept</source>
            <translation>votre carnet a un autre nom de propriétaire : il est gardé</translation>
        </message>
        <message>
            <source>set differently in your journal: its setting is kept</source>
            <translation>réglé autrement dans votre carnet : son réglage est gardé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a place in the file: what differs</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 cannot be imported: there is no such file.</source>
            <translation>%1 ne peut pas être importé : ce fichier n’existe pas.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: Carnet is not allowed to read it.</source>
            <translation>%1 ne peut pas être importé : Carnet n’a pas le droit de le lire.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: the file cannot be read.</source>
            <translation>%1 ne peut pas être importé : le fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is a folder, not an export file.</source>
            <translation>%1 ne peut pas être importé : c’est un dossier, pas un fichier d’export.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is far too big to be a Carnet export.</source>
            <translation>%1 ne peut pas être importé : il est bien trop gros pour être un export de Carnet.</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is not a Carnet export, or it was cut short (an incomplete download or copy).</source>
            <translation>%1 ne peut pas être importé : ce n’est pas un export de Carnet, ou il est incomplet (un téléchargement ou une copie interrompus).</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is not a Carnet export.</source>
            <translation>%1 ne peut pas être importé : ce n’est pas un export de Carnet.</translation>
        </message>
        <message>
            <source>%1 was exported by a newer version of Carnet: update Carnet to import it.</source>
            <translation>%1 a été exporté par une version plus récente de Carnet : mettez Carnet à jour pour l’importer.</translation>
        </message>
        <message>
            <source>Your journal was not changed.</source>
            <translation>Votre carnet n’a pas été modifié.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is damaged.</source>
            <translation>%1 ne peut pas être importé : il est abîmé.</translation>
        </message>
        <message>
            <source>1 difference: your journal kept its own version.</source>
            <translation>1 différence : votre carnet a gardé sa propre version.</translation>
        </message>
        <message>
            <source>1 difference: your journal keeps its own version.</source>
            <translation>1 différence : votre carnet garde sa propre version.</translation>
        </message>
        <message>
            <source>1 item had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</source>
            <translation>1 élément avait été modifié dans votre carnet depuis l’écriture de ce fichier : les deux versions ont été gardées, celle du fichier à côté de la vôtre.</translation>
        </message>
        <message>
            <source>1 item was edited in your journal since this file was written: both versions are kept, the file's beside yours.</source>
            <translation>1 élément a été modifié dans votre carnet depuis l’écriture de ce fichier : les deux versions sont gardées, celle du fichier à côté de la vôtre.</translation>
        </message>
        <message numerus="yes">
            <source>%n differences: your journal kept its own version.</source>
            <translation>
                <numerusform>%n différence : votre carnet a gardé sa propre version.</numerusform>
                <numerusform>%n différences : votre carnet a gardé sa propre version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n differences: your journal keeps its own version.</source>
            <translation>
                <numerusform>%n différence : votre carnet garde sa propre version.</numerusform>
                <numerusform>%n différences : votre carnet garde sa propre version.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items had been edited in your journal since this file was written: both versions were kept, the file's beside yours.</source>
            <translation>
                <numerusform>%n élément avait été modifié dans votre carnet depuis l’écriture de ce fichier : les deux versions ont été gardées, celle du fichier à côté de la vôtre.</numerusform>
                <numerusform>%n éléments avaient été modifiés dans votre carnet depuis l’écriture de ce fichier : les deux versions ont été gardées, celle du fichier à côté de la vôtre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items were edited in your journal since this file was written: both versions are kept, the file's beside yours.</source>
            <translation>
                <numerusform>%n élément a été modifié dans votre carnet depuis l’écriture de ce fichier : les deux versions sont gardées, celle du fichier à côté de la vôtre.</numerusform>
                <numerusform>%n éléments ont été modifiés dans votre carnet depuis l’écriture de ce fichier : les deux versions sont gardées, celle du fichier à côté de la vôtre.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 cannot be imported: it is damaged (at %2).</source>
            <translation>%1 ne peut pas être importé : il est abîmé (à %2).</translation>
        </message>
        <message>
            <source>The export could not be written to %1: %2. Nothing was left half-written.</source>
            <translation>L’export n’a pas pu être écrit dans %1 : %2. Rien n’a été laissé à moitié écrit.</translation>
        </message>
        <message>
            <source>the journal</source>
            <translation>le carnet</translation>
        </message>
        <message>
            <source>topic %1</source>
            <translation>sujet %1</translation>
        </message>
        <message>
            <source>This journal's JSON export would weigh %1 MB, more than an import can read (%2 MB): its photos and documents make it that big. Nothing was written. To take your journal to another computer, copy the journal file itself (%3): it stays encrypted, and opens there with your passphrase.</source>
            <translation>L’export JSON de ce carnet pèserait %1 Mo, plus qu’un import ne peut en lire (%2 Mo) : ses photos et documents le rendent si lourd. Rien n’a été écrit. Pour emporter votre carnet sur un autre ordinateur, copiez le fichier du carnet lui-même (%3) : il reste chiffré, et s’y ouvre avec votre phrase de passe.</translation>
        </message>
        <message>
            <source>session %1</source>
            <translation>séance %1</translation>
        </message>
        <message>
            <source>member %1</source>
            <translation>membre %1</translation>
        </message>
        <message>
            <source>objective %1</source>
            <translation>objectif %1</translation>
        </message>
        <message>
            <source>action %1</source>
            <translation>action %1</translation>
        </message>
        <message>
            <source>a feeling</source>
            <translation>un ressenti</translation>
        </message>
        <message>
            <source>learning %1</source>
            <translation>apprentissage %1</translation>
        </message>
        <message>
            <source>a step's note</source>
            <translation>la note d’une étape</translation>
        </message>
        <message>
            <source>the key word</source>
            <translation>le mot-clé</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Manquée</translation>
        </message>
        <message>
            <source>Client (bringing the situation)</source>
            <translation>Client (porteur de la situation)</translation>
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
            <translation>Animateur</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Reportée</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Séance %1</translation>
        </message>
        <message>
            <source>Session %1/%2</source>
            <translation>Séance %1/%2</translation>
        </message>
    </context>
    <context>
        <name>OsWords</name>
        <message>
            <source>the system could not read it</source>
            <translation>le système n’a pas pu le lire</translation>
        </message>
        <message>
            <source>the system refused to write there</source>
            <translation>le système a refusé d’y écrire</translation>
        </message>
        <message>
            <source>the journal could not write it</source>
            <translation>le carnet n’a pas pu l’écrire</translation>
        </message>
        <message>
            <source>it is no longer there (moved, renamed or deleted since it was chosen)</source>
            <translation>il n’est plus là (déplacé, renommé ou supprimé depuis qu’il a été choisi)</translation>
        </message>
        <message>
            <source>Carnet is not allowed to read it</source>
            <translation>Carnet n’a pas le droit de le lire</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>c’est un dossier</translation>
        </message>
        <message>
            <source>the disk could not read it (a drive removed, or failing?)</source>
            <translation>le disque n’a pas pu le lire (un support retiré, ou défaillant ?)</translation>
        </message>
        <message>
            <source>the network share holding it did not answer</source>
            <translation>le partage réseau qui le contient n’a pas répondu</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>that place is read-only (a locked USB key, a read-only share)</source>
            <translation>cet emplacement est en lecture seule (une clé USB verrouillée, un partage en lecture seule)</translation>
        </message>
        <message>
            <source>Carnet is not allowed to write there</source>
            <translation>Carnet n’a pas le droit d’y écrire</translation>
        </message>
        <message>
            <source>that folder no longer exists</source>
            <translation>ce dossier n’existe plus</translation>
        </message>
        <message>
            <source>the disk could not write (a drive removed, or failing?)</source>
            <translation>le disque n’a pas pu écrire (un support retiré, ou défaillant ?)</translation>
        </message>
        <message>
            <source>the network share did not answer</source>
            <translation>le partage réseau n’a pas répondu</translation>
        </message>
        <message>
            <source>the disk holding the journal is full</source>
            <translation>le disque qui contient le carnet est plein</translation>
        </message>
        <message>
            <source>the journal file is read-only</source>
            <translation>le fichier du carnet est en lecture seule</translation>
        </message>
        <message>
            <source>the journal was busy; try again</source>
            <translation>le carnet était occupé ; réessayez</translation>
        </message>
        <message>
            <source>the journal file is damaged: restore a backup (File › Restore a backup…)</source>
            <translation>le fichier du carnet est abîmé : restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…)</translation>
        </message>
        <message>
            <source>the journal could not be read</source>
            <translation>le carnet n’a pas pu être lu</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Export the calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers de calendrier (*.ics)</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>Calendrier exporté</translation>
        </message>
        <message>
            <source>Calendar not exported</source>
            <translation>Calendrier non exporté</translation>
        </message>
        <message>
            <source>The calendar was saved to %1. Import it in your calendar application; exporting again updates the same events.</source>
            <translation>Le calendrier a été enregistré dans %1. Importez-le dans votre application d’agenda ; un nouvel export met à jour les mêmes événements.</translation>
        </message>
        <message>
            <source>The calendar could not be written to %1 (%2). Choose another folder.</source>
            <translation>Le calendrier n’a pas pu être écrit dans %1 (%2). Choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>Reminder</name>
        <message>
            <source>1 open action</source>
            <translation>1 action ouverte</translation>
        </message>
        <message numerus="yes">
            <source>%n open actions</source>
            <translation>
                <numerusform>%n action ouverte</numerusform>
                <numerusform>%n actions ouvertes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Session %1 of %2 %3:</source>
            <translation>Séance %1 (%2) %3 :</translation>
        </message>
    </context>
    <context>
        <name>PrepSheet</name>
        <message>
            <source>Save the preparation sheet</source>
            <translation>Enregistrer la fiche de préparation</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sheet saved</source>
            <translation>Fiche enregistrée</translation>
        </message>
        <message>
            <source>Sheet not saved</source>
            <translation>Fiche non enregistrée</translation>
        </message>
        <message>
            <source>The preparation sheet was saved to %1.

This file is not encrypted: keep it somewhere private.

Open it now?</source>
            <translation>La fiche de préparation a été enregistrée dans %1.

Ce fichier n’est pas chiffré : gardez-le en lieu sûr.

L’ouvrir maintenant ?</translation>
        </message>
        <message>
            <source>The folder %1 does not exist: choose another place.</source>
            <translation>Le dossier %1 n’existe pas : choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>The preparation sheet could not be written to %1 (%2). Choose another folder.</source>
            <translation>La fiche de préparation n’a pas pu être écrite dans %1 (%2). Choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Session today</source>
            <translation>Séance aujourd’hui</translation>
        </message>
        <message>
            <source>Session tomorrow</source>
            <translation>Séance demain</translation>
        </message>
        <message numerus="yes">
            <source>Today: %n action(s) fall due — Prepare</source>
            <translation>
                <numerusform>Aujourd’hui : %n action arrive à échéance — Préparer</numerusform>
                <numerusform>Aujourd’hui : %n actions arrivent à échéance — Préparer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %n action(s) fall due</source>
            <translation>
                <numerusform>Aujourd’hui : %n action arrive à échéance</numerusform>
                <numerusform>Aujourd’hui : %n actions arrivent à échéance</numerusform>
            </translation>
        </message>
        <message>
            <source>Session on %1</source>
            <translation>Séance le %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) fall due — Prepare</source>
            <translation>
                <numerusform>%1 : %n action arrive à échéance — Préparer</numerusform>
                <numerusform>%1 : %n actions arrivent à échéance — Préparer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) fall due</source>
            <translation>
                <numerusform>%1 : %n action arrive à échéance</numerusform>
                <numerusform>%1 : %n actions arrivent à échéance</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Carnet</source>
            <translation>Ouvrir Carnet</translation>
        </message>
        <message>
            <source>Prepare the next session</source>
            <translation>Préparer la prochaine séance</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>%1 — Prepare</source>
            <translation>%1 — Préparer</translation>
        </message>
        <message>
            <source>Carnet, locked, in the system tray</source>
            <translation>Carnet, verrouillé, dans la zone de notification</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) to review — Prepare</source>
            <translation>
                <numerusform>%1 : %n action à revoir — Préparer</numerusform>
                <numerusform>%1 : %n actions à revoir — Préparer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) to review</source>
            <translation>
                <numerusform>%1 : %n action à revoir</numerusform>
                <numerusform>%1 : %n actions à revoir</numerusform>
            </translation>
        </message>
        <message>
            <source>Starting at login could not be set (%1).</source>
            <translation>Le lancement à la connexion n’a pas pu être réglé (%1).</translation>
        </message>
    </context>
    <context>
        <name>CycleReview</name>
        <message>
            <source>Cycle review</source>
            <translation>Bilan du cycle</translation>
        </message>
        <message>
            <source>A look back over the whole cycle: what changed, what I learned about myself, what I carry on. These notes close your booklet.</source>
            <translation>Un regard sur l’ensemble du cycle : ce qui a changé, ce que j’ai appris sur moi, ce que je poursuis. Ces notes concluent votre livret.</translation>
        </message>
        <message>
            <source>What has changed in my practice?</source>
            <translation>Qu’est-ce qui a changé dans ma pratique ?</translation>
        </message>
        <message>
            <source>Compare with the start of the cycle: situations I now handle differently, habits I changed, what others noticed.</source>
            <translation>Par rapport au début du cycle : les situations que j’aborde désormais autrement, les habitudes que j’ai changées, ce que les autres ont remarqué.</translation>
        </message>
        <message>
            <source>What have I learned about myself?</source>
            <translation>Qu’ai-je appris sur moi ?</translation>
        </message>
        <message>
            <source>My reactions, my strengths, what I found hard, what surprised me.</source>
            <translation>Mes réactions, mes forces, ce qui m’a été difficile, ce qui m’a surpris.</translation>
        </message>
        <message>
            <source>What do I keep and carry on?</source>
            <translation>Qu’est-ce que je garde et poursuis ?</translation>
        </message>
        <message>
            <source>The practices, actions and resources I will keep once the group has ended.</source>
            <translation>Les pratiques, les actions et les ressources que je garderai une fois le groupe terminé.</translation>
        </message>
    </context>
    <context>
        <name>SyncFeature</name>
        <message>
            <source>S&amp;ync…</source>
            <translation>S&amp;ynchronisation…</translation>
        </message>
        <message>
            <source>Keep this journal in step on your devices</source>
            <translation>Tenir ce carnet à jour sur vos appareils</translation>
        </message>
        <message>
            <source>Open the Sync page</source>
            <translation>Ouvrir la page Synchronisation</translation>
        </message>
        <message>
            <source>Join a synced journal…</source>
            <translation>Rejoindre un carnet synchronisé…</translation>
        </message>
        <message>
            <source>Open here the journal you keep on another device</source>
            <translation>Ouvrir ici le carnet que vous tenez sur un autre appareil</translation>
        </message>
        <message>
            <source>Unlock the journal to set up its sync.</source>
            <translation>Déverrouillez le carnet pour régler sa synchronisation.</translation>
        </message>
        <message>
            <source>Keep this journal in step on your devices through a folder you already sync (Nextcloud, Syncthing, Dropbox…).</source>
            <translation>Tenez ce carnet à jour sur vos appareils par un dossier que vous synchronisez déjà (Nextcloud, Syncthing, Dropbox…).</translation>
        </message>
        <message>
            <source>This journal syncs through %1. %2</source>
            <translation>Ce carnet se synchronise par %1. %2</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>permission denied</source>
            <translation>accès refusé</translation>
        </message>
        <message>
            <source>the folder is read-only</source>
            <translation>le dossier est en lecture seule</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>This journal is an older copy of its file (a restored backup, a copied file): it now syncs as a new device. What was written since on your devices is applied; where its own words differ from newer ones, both are kept.</source>
            <translation>Ce carnet est une copie plus ancienne de son fichier (une sauvegarde restaurée, un fichier copié) : il se synchronise désormais comme un nouvel appareil. Ce qui a été écrit depuis sur vos appareils est appliqué ; là où ses propres mots diffèrent de plus récents, les deux sont gardés.</translation>
        </message>
        <message>
            <source>This journal is a copy (a restored backup or a copied file): it now syncs as a new device.</source>
            <translation>Ce carnet est une copie (une sauvegarde restaurée ou un fichier copié) : il se synchronise désormais comme un nouvel appareil.</translation>
        </message>
        <message>
            <source>The sync was interrupted; it goes on at the next sync.</source>
            <translation>La synchronisation a été interrompue ; elle reprendra à la prochaine.</translation>
        </message>
        <message>
            <source>Unexpected sync problem: %1</source>
            <translation>Problème de synchronisation inattendu : %1</translation>
        </message>
        <message>
            <source>None of the devices this journal synced with (%1) is in this folder: they do not receive this device's changes, nor this device theirs, until they sync through the same folder.</source>
            <translation>Aucun des appareils avec lesquels ce carnet se synchronisait (%1) n’est dans ce dossier : ils ne reçoivent pas les modifications de cet appareil, ni lui les leurs, tant qu’ils ne se synchronisent pas par le même dossier.</translation>
        </message>
        <message>
            <source>%1 is still being downloaded by your sync tool: it will be read at the next sync.</source>
            <translation>%1 est encore en cours de téléchargement par votre outil de synchronisation : il sera lu à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>%1 is not a Carnet change file: it was left aside (delete it if you do not know it).</source>
            <translation>%1 n’est pas un fichier de modifications de Carnet : il a été laissé de côté (supprimez-le si vous ne le connaissez pas).</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Carnet: update Carnet on this computer to read it.</source>
            <translation>%1 a été créé par une version plus récente de Carnet : mettez Carnet à jour sur cet ordinateur pour le lire.</translation>
        </message>
        <message>
            <source>The changes of device %1 are encrypted for another passphrase: they were not applied. On that device, set sync up again with this journal's passphrase.</source>
            <translation>Les modifications de l’appareil %1 sont chiffrées pour une autre phrase de passe : elles n’ont pas été appliquées. Sur cet appareil, préparez de nouveau la synchronisation avec la phrase de passe de ce carnet.</translation>
        </message>
        <message>
            <source>%1 is damaged or was altered: it was not applied.</source>
            <translation>%1 est abîmé ou a été modifié : il n’a pas été appliqué.</translation>
        </message>
        <message>
            <source>%1 belongs to another journal: it was not applied.</source>
            <translation>%1 appartient à un autre carnet : il n’a pas été appliqué.</translation>
        </message>
        <message>
            <source>Two different files claim to be change %2 of device %1 (a copied journal?): the second one was not applied.</source>
            <translation>Deux fichiers différents se disent la modification %2 de l’appareil %1 (un carnet copié ?) : le second n’a pas été appliqué.</translation>
        </message>
        <message>
            <source>Change %2 of device %1 has not arrived yet: the later ones wait for it.</source>
            <translation>La modification %2 de l’appareil %1 n’est pas encore arrivée : les suivantes l’attendent.</translation>
        </message>
        <message>
            <source>The journal file %1 is inside the synced folder. Move it out: sync tools damage a journal file in use, and the folder only needs Carnet's change files.</source>
            <translation>Le fichier du carnet %1 est dans le dossier synchronisé. Sortez-le de ce dossier : les outils de synchronisation abîment un fichier de carnet ouvert, et le dossier n’a besoin que des fichiers de modifications de Carnet.</translation>
        </message>
        <message>
            <source>This computer's changes could not be written to the folder (%1): they stay in the journal and will be sent at the next sync.</source>
            <translation>Les modifications de cet ordinateur n’ont pas pu être écrites dans le dossier (%1) : elles restent dans le carnet et partiront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Change %2 of device %1 could not be applied: %3</source>
            <translation>La modification %2 de l’appareil %1 n’a pas pu être appliquée : %3</translation>
        </message>
        <message>
            <source>The passphrase was changed on this device: from now on only the new one opens the journal here. Your other devices (%1) keep the old one: their copy of the journal still opens with it, and goes on receiving by sync what you write. Change it on each of them too (File › Change the passphrase…).</source>
            <translation>La phrase de passe a été changée sur cet appareil : désormais, seule la nouvelle y ouvre le carnet. Vos autres appareils (%1) gardent l’ancienne : leur copie du carnet s’ouvre toujours avec elle, et continue de recevoir par la synchronisation ce que vous écrivez. Changez-la aussi sur chacun d’eux (Fichier › Changer la phrase de passe…).</translation>
        </message>
        <message>
            <source>1 text edited on two devices at once: both versions are kept in it, the other one under “Other version”.</source>
            <translation>1 texte modifié sur deux appareils en même temps : les deux versions y sont gardées, l’autre sous « Autre version ».</translation>
        </message>
        <message numerus="yes">
            <source>%n texts edited on two devices at once: both versions are kept in each, the other one under “Other version”.</source>
            <translation>
                <numerusform>%n texte modifié sur deux appareils en même temps : les deux versions y sont gardées, l’autre sous « Autre version ».</numerusform>
                <numerusform>%n textes modifiés sur deux appareils en même temps : les deux versions sont gardées dans chacun, l’autre sous « Autre version ».</numerusform>
            </translation>
        </message>
        <message>
            <source>1 title (or name) reworded on two devices at once: the latest wording is shown; the other waits on Carnet's Sync page until you choose.</source>
            <translation>1 titre (ou nom) reformulé sur deux appareils en même temps : la formulation la plus récente est affichée ; l’autre attend sur la page Synchronisation de Carnet que vous choisissiez.</translation>
        </message>
        <message numerus="yes">
            <source>%n titles (or names) reworded on two devices at once: the latest wording is shown; the others wait on Carnet's Sync page until you choose.</source>
            <translation>
                <numerusform>%n titres (ou noms) reformulés sur deux appareils en même temps : la formulation la plus récente est affichée ; les autres attendent sur la page Synchronisation de Carnet que vous choisissiez.</numerusform>
                <numerusform>%n titres (ou noms) reformulés sur deux appareils en même temps : la formulation la plus récente est affichée ; les autres attendent sur la page Synchronisation de Carnet que vous choisissiez.</numerusform>
            </translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>il y a %n min</numerusform>
                <numerusform>il y a %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>il y a %n h</numerusform>
                <numerusform>il y a %n h</numerusform>
            </translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>le %1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Not synced</source>
            <translation>Non synchronisé</translation>
        </message>
        <message>
            <source>Not synced: journal inside the synced folder</source>
            <translation>Non synchronisé : carnet dans le dossier synchronisé</translation>
        </message>
        <message>
            <source>Not synced: journal open read-only</source>
            <translation>Non synchronisé : carnet ouvert en lecture seule</translation>
        </message>
        <message>
            <source>Changes to send</source>
            <translation>Modifications à envoyer</translation>
        </message>
        <message>
            <source>Partly synced</source>
            <translation>Synchronisé en partie</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisé</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation>Synchronisé %1</translation>
        </message>
        <message>
            <source>Click for the Sync page.</source>
            <translation>Cliquez pour la page Synchronisation.</translation>
        </message>
        <message>
            <source>The folder is set up with another key than this journal's: choose the folder again on the Sync page.</source>
            <translation>Le dossier est préparé avec une autre clé que celle de ce carnet : choisissez de nouveau le dossier dans la page Synchronisation.</translation>
        </message>
        <message>
            <source>This journal does not sync yet: choose a synced folder.</source>
            <translation>Ce carnet ne se synchronise pas encore : choisissez un dossier synchronisé.</translation>
        </message>
        <message>
            <source>This is not this journal's passphrase: type the passphrase you unlock it with.</source>
            <translation>Ce n’est pas la phrase de passe de ce carnet : tapez celle qui le déverrouille.</translation>
        </message>
        <message>
            <source>This passphrase opens this journal but not the synced folder: the journal's passphrase was changed on another device. Give this journal the passphrase of your other devices, then choose the folder again.</source>
            <translation>Cette phrase de passe ouvre ce carnet mais pas le dossier synchronisé : la phrase de passe du carnet a été changée sur un autre appareil. Donnez à ce carnet la phrase de passe de vos autres appareils, puis choisissez de nouveau le dossier.</translation>
        </message>
        <message>
            <source>This passphrase does not open the synced journal: give the passphrase of the journal on your other devices.</source>
            <translation>Cette phrase de passe n’ouvre pas le carnet synchronisé : donnez la phrase de passe du carnet sur vos autres appareils.</translation>
        </message>
        <message>
            <source>The folder was set up by a newer version of Carnet: update Carnet on this computer.</source>
            <translation>Le dossier a été préparé par une version plus récente de Carnet : mettez Carnet à jour sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The folder is set up with another key than this journal's (another journal, or the passphrase changed elsewhere). Nothing was changed.</source>
            <translation>Le dossier est préparé avec une autre clé que celle de ce carnet (un autre carnet, ou la phrase de passe changée ailleurs). Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>A file already exists at this location. Choose another name.</source>
            <translation>Un fichier existe déjà à cet emplacement. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Cancelled: no journal was created.</source>
            <translation>Annulé : aucun carnet n’a été créé.</translation>
        </message>
        <message>
            <source>The sync did not happen: %1</source>
            <translation>La synchronisation n’a pas eu lieu : %1</translation>
        </message>
        <message>
            <source>1 change file sent</source>
            <translation>1 fichier de modifications envoyé</translation>
        </message>
        <message numerus="yes">
            <source>%n change files sent</source>
            <translation>
                <numerusform>%n fichier de modifications envoyé</numerusform>
                <numerusform>%n fichiers de modifications envoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n reçu</numerusform>
                <numerusform>%n reçus</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflict resolved: 1 item</source>
            <translation>Conflit résolu : 1 élément</translation>
        </message>
        <message numerus="yes">
            <source>Conflict resolved: %n items</source>
            <translation>
                <numerusform>Conflit résolu : %n élément</numerusform>
                <numerusform>Conflit résolu : %n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>The synced folder cannot be reached (a drive or a share disconnected?). Your changes stay in the journal and are sent at the next sync.</source>
            <translation>Le dossier synchronisé est injoignable (un disque ou un partage déconnecté ?). Vos modifications restent dans le carnet et partiront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Your journal file is inside the synced folder. Sync tools damage a journal file in use: move the journal out of this folder (or choose another folder on the Sync page). Nothing was synced.</source>
            <translation>Votre fichier de carnet est dans le dossier synchronisé. Les outils de synchronisation abîment un carnet en cours d’utilisation : sortez le carnet de ce dossier (ou choisissez un autre dossier sur la page Synchronisation). Rien n’a été synchronisé.</translation>
        </message>
        <message>
            <source>A text edited on two devices at once keeps both versions: the other follows under “Other version”, with its date. Edit the text to keep what you want. A title or a name reworded on two devices shows the latest wording; the other waits on the Sync page until you choose.</source>
            <translation>Un texte modifié sur deux appareils en même temps garde les deux versions : l’autre suit sous « Autre version », avec sa date. Modifiez le texte pour garder ce que vous voulez. Un titre ou un nom reformulé sur deux appareils affiche la formulation la plus récente ; l’autre attend sur la page Synchronisation que vous choisissiez.</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…et %n autre.</numerusform>
                <numerusform>…et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>The synced folder %1 cannot be reached (a drive or a share disconnected?). Your changes stay in the journal and are sent at the next sync.</source>
            <translation>Le dossier synchronisé %1 est injoignable (un disque ou un partage déconnecté ?). Vos modifications restent dans le carnet et partiront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>There is no Carnet journal in %1 yet. Set sync up on your other device first, and let your sync tool bring the folder here.</source>
            <translation>Il n’y a pas encore de carnet dans %1. Préparez d’abord la synchronisation sur votre autre appareil, et laissez votre outil de synchronisation apporter le dossier ici.</translation>
        </message>
        <message>
            <source>%1 holds several Carnet journals: choose the folder of one of them (%1/Carnet/…).</source>
            <translation>%1 contient plusieurs carnets : choisissez le dossier de l’un d’eux (%1/Carnet/…).</translation>
        </message>
        <message>
            <source>The description of the synced journal in %1 (manifest.json) is missing or damaged. If your sync tool is still downloading, try again later.</source>
            <translation>La description du carnet synchronisé dans %1 (manifest.json) manque ou est abîmée. Si votre outil de synchronisation télécharge encore, réessayez plus tard.</translation>
        </message>
        <message>
            <source>%1 already holds another Carnet journal. To open that journal on this computer, use « Join a synced journal » on the unlock screen. Nothing was changed.</source>
            <translation>%1 contient déjà un autre carnet. Pour ouvrir ce carnet sur cet ordinateur, utilisez « Rejoindre un carnet synchronisé » sur l’écran de déverrouillage. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>%1 holds no change file this Carnet can read yet: wait until your sync tool has finished downloading, then try again.</source>
            <translation>%1 ne contient encore aucun fichier de modifications que ce Carnet sache lire : attendez que votre outil de synchronisation ait fini de télécharger, puis réessayez.</translation>
        </message>
        <message>
            <source>no other device in this folder</source>
            <translation>aucun autre appareil dans ce dossier</translation>
        </message>
        <message>
            <source>Conflict resolved: 1 note</source>
            <translation>Conflit résolu : 1 note</translation>
        </message>
        <message numerus="yes">
            <source>Conflict resolved: %n notes</source>
            <translation>
                <numerusform>Conflit résolu : %n note</numerusform>
                <numerusform>Conflit résolu : %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced folder: %1</source>
            <translation>Dossier synchronisé : %1</translation>
        </message>
        <message>
            <source>This journal is open read-only: nothing is synced from it or into it. Your journal itself syncs as usual when it is open.</source>
            <translation>Ce carnet est ouvert en lecture seule : rien n’est synchronisé depuis lui ni vers lui. Votre carnet lui-même se synchronise comme d’habitude quand il est ouvert.</translation>
        </message>
        <message>
            <source>Your latest changes are saved in the journal; they are sent to the synced folder in a few moments.</source>
            <translation>Vos dernières modifications sont enregistrées dans le carnet ; elles partent vers le dossier synchronisé dans quelques instants.</translation>
        </message>
        <message>
            <source>The synced folder %1 cannot be written (read-only or full?). %2</source>
            <translation>Impossible d’écrire dans le dossier synchronisé %1 (en lecture seule ou plein ?). %2</translation>
        </message>
    </context>
    <context>
        <name>SyncWordings</name>
        <message>
            <source>Session title</source>
            <translation>Titre de la séance</translation>
        </message>
        <message>
            <source>Action title</source>
            <translation>Titre de l’action</translation>
        </message>
        <message>
            <source>Topic title</source>
            <translation>Titre du sujet</translation>
        </message>
        <message>
            <source>Objective title</source>
            <translation>Titre de l’objectif</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Nom du groupe</translation>
        </message>
        <message>
            <source>Group facilitator</source>
            <translation>Animateur ou animatrice du groupe</translation>
        </message>
        <message>
            <source>Group meeting place</source>
            <translation>Lieu des séances du groupe</translation>
        </message>
        <message>
            <source>Member pseudonym</source>
            <translation>Pseudonyme d’un membre</translation>
        </message>
        <message>
            <source>Session key word</source>
            <translation>Mot-clé de la séance</translation>
        </message>
        <message>
            <source>Document caption</source>
            <translation>Légende du document</translation>
        </message>
        <message>
            <source>Document file name</source>
            <translation>Nom de fichier du document</translation>
        </message>
        <message>
            <source>written on this device</source>
            <translation>écrite sur cet appareil</translation>
        </message>
        <message>
            <source>written on another device</source>
            <translation>écrite sur un autre appareil</translation>
        </message>
        <message>
            <source>Reworded on two devices at once: every device shows the latest wording, and keeps the other here until you choose. Choosing is an edit like any other: your other devices take it at their next sync.</source>
            <translation>Reformulé sur deux appareils en même temps : chaque appareil affiche la formulation la plus récente et garde l’autre ici jusqu’à ce que vous choisissiez. Choisir est une modification comme une autre : vos autres appareils la reçoivent à leur prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Keep this wording</source>
            <translation>Garder cette formulation</translation>
        </message>
        <message>
            <source>Two wordings</source>
            <translation>Deux formulations</translation>
        </message>
        <message numerus="yes">
            <source>(%n more on the Sync page)</source>
            <translation>
                <numerusform>(%n autres sur la page Synchronisation)</numerusform>
                <numerusform>(%n autres sur la page Synchronisation)</numerusform>
            </translation>
        </message>
        <message>
            <source>written on %1</source>
            <translation>écrite sur « %1 »</translation>
        </message>
        <message>
            <source>shown now</source>
            <translation>affichée</translation>
        </message>
        <message>
            <source>not shown</source>
            <translation>non affichée</translation>
        </message>
        <message>
            <source>Other wording, %1: « %2 »</source>
            <translation>Autre formulation, %1 : « %2 »</translation>
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
            <translation>Ce dossier est synchronisé</translation>
        </message>
        <message>
            <source>your groups' names and places and your action titles</source>
            <translation>les noms et les lieux de vos groupes et les titres de vos actions</translation>
        </message>
        <message>
            <source>the dates of your sessions and of your actions' due dates, without any name or title</source>
            <translation>les dates de vos séances et des échéances de vos actions, sans aucun nom ni titre</translation>
        </message>
        <message>
            <source>“%1” is inside the folder your journal syncs through (%2). This file is NOT encrypted: the sync client would send everything in it to the cloud, in clear.

Write it there anyway?</source>
            <translation>« %1 » se trouve dans le dossier par lequel votre carnet se synchronise (%2). Ce fichier n’est PAS chiffré : le client de synchronisation enverrait tout son contenu vers le nuage, en clair.

L’écrire là quand même ?</translation>
        </message>
        <message>
            <source>“%1” is inside the folder your journal syncs through (%2). This calendar file is NOT encrypted and Carnet rewrites it after each change: the sync client would send %3 to the cloud, in clear.

Keep it up to date there anyway?</source>
            <translation>« %1 » se trouve dans le dossier par lequel votre carnet se synchronise (%2). Ce fichier d’agenda n’est PAS chiffré et Carnet le réécrit après chaque changement : le client de synchronisation enverrait %3 vers le nuage, en clair.

Le tenir à jour là quand même ?</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the journal file is read-only</source>
            <translation>le fichier du carnet est en lecture seule</translation>
        </message>
        <message>
            <source>Quit without saving it</source>
            <translation>Quitter sans l’enregistrer</translation>
        </message>
        <message>
            <source>Lock without saving it</source>
            <translation>Verrouiller sans l’enregistrer</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>A change that could not be saved before the lock was put back on screen. It is saved now.</source>
            <translation>Une modification qui n’avait pas pu être enregistrée avant le verrouillage a été remise à l’écran. Elle est maintenant enregistrée.</translation>
        </message>
        <message>
            <source>Change put back</source>
            <translation>Modification remise à l’écran</translation>
        </message>
        <message>
            <source>A change that could not be saved is waiting for you to unlock the journal. If you quit now, it will be lost.</source>
            <translation>Une modification non enregistrée attend votre déverrouillage du carnet. Si vous quittez maintenant, elle sera perdue.</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Rester</translation>
        </message>
        <message>
            <source>Change lost</source>
            <translation>Modification perdue</translation>
        </message>
        <message>
            <source>A change that could not be saved before the lock cannot be put back: the journal's key has changed since. It is lost.</source>
            <translation>Une modification qui n’avait pas pu être enregistrée avant le verrouillage ne peut pas être remise : la clé du carnet a changé depuis. Elle est perdue.</translation>
        </message>
        <message>
            <source>A change that could not be saved before the lock was put back on screen. It still cannot be saved: %1. It stays on screen.</source>
            <translation>Une modification qui n’avait pas pu être enregistrée avant le verrouillage a été remise à l’écran. Elle ne peut toujours pas être enregistrée : %1. Elle reste à l’écran.</translation>
        </message>
        <message>
            <source>A change that could not be saved is waiting for you to unlock “%1”. If you quit now, it will be lost.</source>
            <translation>Une modification non enregistrée attend le déverrouillage de « %1 ». Si vous quittez maintenant, elle sera perdue.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: %1. If you quit now, it will be lost.</source>
            <translation>Votre dernière modification n’a pas pu être enregistrée : %1. Si vous quittez maintenant, elle sera perdue.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: %1. If you lock now, it will be lost.</source>
            <translation>Votre dernière modification n’a pas pu être enregistrée : %1. Si vous verrouillez maintenant, elle sera perdue.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>no terminal to ask the passphrase on: run it in a terminal, or give the passphrase on standard input with --passphrase-stdin</source>
            <translation>aucun terminal pour demander la phrase de passe : lancez la commande dans un terminal, ou donnez la phrase de passe sur l’entrée standard avec --passphrase-stdin</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) of this journal open with the current passphrase. After the change, rekey them to the new passphrase (r) or delete them (d)? [r/d] </source>
            <translation>
                <numerusform>%n sauvegarde de ce carnet s’ouvre avec la phrase de passe actuelle. Après le changement, la rechiffrer avec la nouvelle (r) ou la supprimer (s) ? [r/s] </numerusform>
                <numerusform>%n sauvegardes de ce carnet s’ouvrent avec la phrase de passe actuelle. Après le changement, les rechiffrer avec la nouvelle (r) ou les supprimer (s) ? [r/s] </numerusform>
            </translation>
        </message>
        <message>
            <source>Confirm the passphrase: </source>
            <translation>Confirmez la phrase de passe : </translation>
        </message>
        <message>
            <source>Passphrase of the new journal: </source>
            <translation>Phrase de passe du nouveau carnet : </translation>
        </message>
        <message>
            <source>Current passphrase: </source>
            <translation>Phrase de passe actuelle : </translation>
        </message>
        <message>
            <source>create a new, empty journal</source>
            <translation>créer un nouveau carnet vide</translation>
        </message>
        <message>
            <source>create a journal filled with sample content</source>
            <translation>créer un carnet rempli d’exemples</translation>
        </message>
        <message>
            <source>check the journal's integrity (prints ok)</source>
            <translation>vérifier l’intégrité du carnet (affiche ok)</translation>
        </message>
        <message>
            <source>write an encrypted copy of the journal</source>
            <translation>écrire une copie chiffrée du carnet</translation>
        </message>
        <message>
            <source>change the passphrase (the journal's backups are rekeyed or deleted)</source>
            <translation>changer la phrase de passe (les sauvegardes du carnet sont rechiffrées ou supprimées)</translation>
        </message>
        <message>
            <source>Wrong passphrase — or the file is not a Carnet journal. Check the passphrase (capital letters, accents) and try again.</source>
            <translation>Phrase de passe incorrecte — ou le fichier n’est pas un carnet Carnet. Vérifiez la phrase de passe (majuscules, accents) et réessayez.</translation>
        </message>
        <message>
            <source>the journal is already open in another Carnet window or process; close it there first</source>
            <translation>le carnet est déjà ouvert dans une autre fenêtre ou un autre processus Carnet ; fermez-le d’abord</translation>
        </message>
        <message>
            <source>this journal was written by a newer version of Carnet; update Carnet to open it</source>
            <translation>ce carnet a été écrit par une version plus récente de Carnet ; mettez Carnet à jour pour l’ouvrir</translation>
        </message>
        <message>
            <source>the journal is damaged; nothing was changed. Restore the latest backup (the app offers it when unlocking).</source>
            <translation>le carnet est endommagé ; rien n’a été modifié. Restaurez la dernière sauvegarde (l’application la propose au déverrouillage).</translation>
        </message>
        <message>
            <source>this file is not a Carnet journal, or it is damaged beyond reading</source>
            <translation>ce fichier n’est pas un carnet Carnet, ou il est trop endommagé pour être lu</translation>
        </message>
        <message>
            <source>this installation cannot protect the journal (SQLCipher 4 is needed); reinstall Carnet</source>
            <translation>cette installation ne peut pas protéger le carnet (SQLCipher 4 est nécessaire) ; réinstallez Carnet</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>usage : </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher la version et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>ces arguments sont obligatoires : %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments inconnus : %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>une valeur est attendue</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s invalide : %(value)r</translation>
        </message>
        <message>
            <source>the passphrase must not be empty</source>
            <translation>la phrase de passe ne peut pas être vide</translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was changed</source>
            <translation>les deux phrases de passe diffèrent ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>no journal at %1 (create one with `carnet init`)</source>
            <translation>aucun carnet à %1 (créez-en un avec `carnet init`)</translation>
        </message>
        <message>
            <source>--sessions must be 0 or more</source>
            <translation>--sessions doit valoir 0 ou plus</translation>
        </message>
        <message>
            <source>Passphrase changed: from now on only the new one opens the journal.</source>
            <translation>Phrase de passe changée : désormais, seule la nouvelle ouvre le carnet.</translation>
        </message>
        <message>
            <source>the name shown on the journal</source>
            <translation>le nom affiché sur le carnet</translation>
        </message>
        <message>
            <source>generate N sessions over several groups (for benchmarks) instead of the hand-written sample</source>
            <translation>générer N séances réparties sur plusieurs groupes (pour les mesures) au lieu de l’exemple écrit à la main</translation>
        </message>
        <message>
            <source>the backup file to write</source>
            <translation>le fichier de sauvegarde à écrire</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>remplacer FILE s’il existe</translation>
        </message>
        <message>
            <source>what to do with the journal's backups, which open with the current passphrase: rekey them to the new one or delete them (asked at a terminal; with --passphrase-stdin and no choice: rekey)</source>
            <translation>que faire des sauvegardes du carnet, qui s’ouvrent avec la phrase de passe actuelle : les rechiffrer avec la nouvelle (rekey) ou les supprimer (delete) (demandé dans un terminal ; avec --passphrase-stdin et sans choix : rekey)</translation>
        </message>
        <message>
            <source>Carnet — a personal, encrypted logbook for peer-practice groups. Without a command, opens the desktop app (on JOURNAL if given).</source>
            <translation>Carnet — un carnet de bord personnel et chiffré pour les groupes d’échange de pratiques. Sans commande, ouvre l’application (sur JOURNAL s’il est donné).</translation>
        </message>
        <message>
            <source>open the app on a fresh demo journal</source>
            <translation>ouvrir l’application sur un nouveau carnet de démonstration</translation>
        </message>
        <message>
            <source>the language of the app and of these messages</source>
            <translation>la langue de l’application et de ces messages</translation>
        </message>
        <message>
            <source>no passphrase on standard input (one per line expected)</source>
            <translation>aucune phrase de passe sur l’entrée standard (une par ligne attendue)</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Phrase de passe : </translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Nouvelle phrase de passe : </translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Robustesse : %1</translation>
        </message>
        <message>
            <source>warning: the journal's key could not be strengthened (its folder is read-only or the disk is full). The journal opens as before; Carnet will try again the next time it is opened.</source>
            <translation>attention : la clé du carnet n’a pas pu être renforcée (son dossier est en lecture seule ou le disque est plein). Le carnet s’ouvre comme avant ; Carnet réessaiera à sa prochaine ouverture.</translation>
        </message>
        <message>
            <source>Journal created: %1</source>
            <translation>Carnet créé : %1</translation>
        </message>
        <message>
            <source>Encrypted backup written (same passphrase): %1</source>
            <translation>Sauvegarde chiffrée écrite (même phrase de passe) : %1</translation>
        </message>
        <message>
            <source>r</source>
            <comment>rekey answer</comment>
            <translation>r</translation>
        </message>
        <message>
            <source>d</source>
            <comment>delete answer</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>the new passphrase is the same as the current one; nothing was changed</source>
            <translation>la nouvelle phrase de passe est identique à l’actuelle ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>%1 cannot be reached now</source>
            <translation>%1 est injoignable pour l’instant</translation>
        </message>
        <message>
            <source>this passphrase cannot be used: %1; nothing was changed</source>
            <translation>cette phrase de passe ne peut pas être utilisée : %1 ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>a file already exists at %1; choose another path</source>
            <translation>un fichier existe déjà à %1 ; choisissez un autre chemin</translation>
        </message>
        <message>
            <source>%1 already exists; choose another name or add --force</source>
            <translation>%1 existe déjà ; choisissez un autre nom ou ajoutez --force</translation>
        </message>
        <message>
            <source>carnet: warning: the synced folder still asks a new device for the old passphrase (%1); `carnet sync` updates it once the folder can be reached.</source>
            <translation>carnet : attention : le dossier synchronisé demande encore l’ancienne phrase de passe à un nouvel appareil (%1) ; `carnet sync` le met à jour dès que le dossier est joignable.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) rekeyed: they open with the new passphrase only (in %1).</source>
            <translation>
                <numerusform>%n sauvegarde rechiffrée : elle ne s’ouvre plus qu’avec la nouvelle phrase de passe (dans %1).</numerusform>
                <numerusform>%n sauvegardes rechiffrées : elles ne s’ouvrent plus qu’avec la nouvelle phrase de passe (dans %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) deleted (in %1).</source>
            <translation>
                <numerusform>%n sauvegarde supprimée (dans %1).</numerusform>
                <numerusform>%n sauvegardes supprimées (dans %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>carnet: warning: %1 could be neither rekeyed nor deleted; it may still open with the old passphrase: delete it yourself.</source>
            <translation>carnet : attention : %1 n’a pu être ni rechiffrée ni supprimée ; elle s’ouvre peut-être encore avec l’ancienne phrase de passe : supprimez-la vous-même.</translation>
        </message>
        <message>
            <source>read the passphrase from the first line of standard input (passwd: current on line 1, new on line 2)</source>
            <translation>lire la phrase de passe sur la première ligne de l’entrée standard (passwd : l’actuelle en ligne 1, la nouvelle en ligne 2)</translation>
        </message>
        <message>
            <source>no journal at %1</source>
            <translation>aucun carnet à %1</translation>
        </message>
        <message>
            <source>%1 is a folder, not a journal file</source>
            <translation>%1 est un dossier, pas un fichier de carnet</translation>
        </message>
        <message>
            <source>%1 is empty: it is not a Carnet journal</source>
            <translation>%1 est vide : ce n’est pas un carnet Carnet</translation>
        </message>
        <message>
            <source>%1 is an unencrypted SQLite database, not a Carnet journal</source>
            <translation>%1 est une base SQLite non chiffrée, pas un carnet Carnet</translation>
        </message>
        <message>
            <source>%1 is an encrypted database but not a Carnet journal</source>
            <translation>%1 est une base chiffrée, mais pas un carnet Carnet</translation>
        </message>
        <message>
            <source>%1 is not a Carnet journal, or it is damaged beyond reading; open another file or restore a backup</source>
            <translation>%1 n’est pas un carnet Carnet, ou il est trop endommagé pour être lu ; ouvrez un autre fichier ou restaurez une sauvegarde</translation>
        </message>
        <message>
            <source>writing failed; nothing was half-written</source>
            <translation>l’écriture a échoué ; rien n’a été écrit à moitié</translation>
        </message>
        <message>
            <source>the passphrase on standard input is not valid UTF-8</source>
            <translation>la phrase de passe sur l’entrée standard n’est pas en UTF-8 valide</translation>
        </message>
        <message>
            <source>the journal file (default: %1)</source>
            <translation>le fichier du carnet (par défaut : %1)</translation>
        </message>
        <message>
            <source>unexpected error: %1</source>
            <translation>erreur inattendue : %1</translation>
        </message>
        <message>
            <source>write the personal progress booklet (PDF, not encrypted)</source>
            <translation>écrire le livret de progression personnel (PDF, non chiffré)</translation>
        </message>
        <message>
            <source>the PDF file to write (replaced if it exists)</source>
            <translation>le fichier PDF à écrire (remplacé s’il existe)</translation>
        </message>
        <message>
            <source>only this group (repeat for several; default: all)</source>
            <translation>seulement ce groupe (à répéter pour plusieurs ; par défaut : tous)</translation>
        </message>
        <message>
            <source>first day of the period (YYYY-MM-DD)</source>
            <translation>premier jour de la période (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>last day of the period (YYYY-MM-DD)</source>
            <translation>dernier jour de la période (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>keep other participants' real names (anonymised by default)</source>
            <translation>garder les vrais noms des autres participants (anonymisés par défaut)</translation>
        </message>
        <message>
            <source>another name to hide (repeatable)</source>
            <translation>un autre nom à masquer (répétable)</translation>
        </message>
        <message>
            <source>leave my own name off the cover</source>
            <translation>ne pas mettre mon nom sur la couverture</translation>
        </message>
        <message>
            <source>also include sessions with notes that are not marked held (planned or missed); otherwise they are left out and listed</source>
            <translation>inclure aussi les séances avec des notes qui ne sont pas marquées tenues (planifiées ou manquées) ; sinon elles sont écartées et listées</translation>
        </message>
        <message>
            <source>put the sessions' photos in their chapters and list their PDFs</source>
            <translation>mettre les photos des séances dans leurs chapitres et lister leurs PDF</translation>
        </message>
        <message>
            <source>language of the booklet's own words (default: the language of these messages)</source>
            <translation>langue des mots propres au livret (par défaut : celle de ces messages)</translation>
        </message>
        <message>
            <source>--from is after --to</source>
            <translation>--from est après --to</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>; and %1 more</source>
            <translation> ; et %1 autres</translation>
        </message>
        <message>
            <source>warning: 1 session of the period has notes or documents but is left out, because only sessions marked held are told: %1. Add --include-unheld to include it, or mark it held.</source>
            <translation>attention : 1 séance de la période a des notes ou des documents mais est écartée, car seules les séances marquées tenues sont racontées : %1. Ajoutez --include-unheld pour l’inclure, ou marquez-la tenue.</translation>
        </message>
        <message numerus="yes">
            <source>Booklet written (NOT encrypted): %1 (%n pages)</source>
            <translation>
                <numerusform>Livret écrit (NON chiffré) : %1 (%n page)</numerusform>
                <numerusform>Livret écrit (NON chiffré) : %1 (%n pages)</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: the booklet shows other participants' real names</source>
            <translation>attention : le livret montre les vrais noms des autres participants</translation>
        </message>
        <message>
            <source>%1 is not a date (expected YYYY-MM-DD, e.g. 2025-03-14)</source>
            <translation>%1 n’est pas une date (attendu AAAA-MM-JJ, par exemple 2025-03-14)</translation>
        </message>
        <message>
            <source>warning: %1 sessions of the period have notes or documents but are left out, because only sessions marked held are told: %2. Add --include-unheld to include them, or mark them held.</source>
            <translation>attention : %1 séances de la période ont des notes ou des documents mais sont écartées, car seules les séances marquées tenues sont racontées : %2. Ajoutez --include-unheld pour les inclure, ou marquez-les tenues.</translation>
        </message>
        <message>
            <source>planned</source>
            <comment>session status</comment>
            <translation>planifiée</translation>
        </message>
        <message>
            <source>held</source>
            <comment>session status</comment>
            <translation>tenue</translation>
        </message>
        <message>
            <source>missed</source>
            <comment>session status</comment>
            <translation>manquée</translation>
        </message>
        <message>
            <source>no group named %1 (groups: %2)</source>
            <translation>aucun groupe nommé %1 (groupes : %2)</translation>
        </message>
        <message>
            <source>%1, session %2, %3 (%4)</source>
            <translation>%1, séance %2, %3 (%4)</translation>
        </message>
        <message>
            <source>export the journal to Markdown or JSON (the result is NOT encrypted)</source>
            <translation>exporter le carnet en Markdown ou en JSON (le résultat n’est PAS chiffré)</translation>
        </message>
        <message>
            <source>import a JSON export into the journal, or into a new journal (never duplicates)</source>
            <translation>importer un export JSON dans le carnet, ou dans un nouveau carnet (sans jamais dupliquer)</translation>
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
                <numerusform>%n auto-évaluation</numerusform>
                <numerusform>%n auto-évaluations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feeling(s)</source>
            <translation>
                <numerusform>%n ressenti</numerusform>
                <numerusform>%n ressentis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key word(s)</source>
            <translation>
                <numerusform>%n mot-clé</numerusform>
                <numerusform>%n mots-clés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning(s)</source>
            <translation>
                <numerusform>%n enseignement</numerusform>
                <numerusform>%n enseignements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <source>the owner's name</source>
            <translation>le nom du propriétaire</translation>
        </message>
        <message numerus="yes">
            <source>%n action review(s)</source>
            <translation>
                <numerusform>%n suivi d’action</numerusform>
                <numerusform>%n suivis d’action</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s)</source>
            <translation>
                <numerusform>%n réglage</numerusform>
                <numerusform>%n réglages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step note(s)</source>
            <translation>
                <numerusform>%n note d’étape</numerusform>
                <numerusform>%n notes d’étape</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n topic(s)</source>
            <translation>
                <numerusform>%n sujet</numerusform>
                <numerusform>%n sujets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) or document(s)</source>
            <translation>
                <numerusform>%n photo ou document</numerusform>
                <numerusform>%n photos ou documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n already present</source>
            <translation>
                <numerusform>; %n déjà présent</numerusform>
                <numerusform>; %n déjà présents</numerusform>
            </translation>
        </message>
        <message>
            <source>markdown: a folder of readable files; json: the complete journal, re-importable</source>
            <translation>markdown : un dossier de fichiers lisibles ; json : le carnet complet, réimportable</translation>
        </message>
        <message>
            <source>markdown: a new or empty folder (or a previous export); json: the file to write</source>
            <translation>markdown : un dossier nouveau ou vide (ou un export précédent) ; json : le fichier à écrire</translation>
        </message>
        <message>
            <source>json: replace PATH if it exists</source>
            <translation>json : remplacer PATH s’il existe</translation>
        </message>
        <message>
            <source>markdown: language of the headings (default: the language of these messages)</source>
            <translation>markdown : langue des titres (par défaut : celle de ces messages)</translation>
        </message>
        <message>
            <source>markdown: replace the members' masked names by their pseudonyms in the texts</source>
            <translation>markdown : remplacer dans les textes les noms masqués des membres par leurs pseudonymes</translation>
        </message>
        <message>
            <source>--anonymise applies to the Markdown export only</source>
            <translation>--anonymise ne s’applique qu’à l’export Markdown</translation>
        </message>
        <message>
            <source>a JSON export of a Carnet journal</source>
            <translation>un export JSON d’un carnet Carnet</translation>
        </message>
        <message>
            <source>create a new encrypted journal at PATH from the file (asks a new passphrase) instead of merging into the journal</source>
            <translation>créer un nouveau carnet chiffré à PATH à partir du fichier (demande une nouvelle phrase de passe) au lieu de fusionner dans le carnet</translation>
        </message>
        <message>
            <source>check the file and say what would be added, without changing anything</source>
            <translation>vérifier le fichier et dire ce qui serait ajouté, sans rien modifier</translation>
        </message>
        <message>
            <source>Import would add nothing</source>
            <translation>L’import n’ajouterait rien</translation>
        </message>
        <message>
            <source>Import added nothing</source>
            <translation>L’import n’a rien ajouté</translation>
        </message>
        <message>
            <source>Export written (NOT encrypted): %1</source>
            <translation>Export écrit (NON chiffré) : %1</translation>
        </message>
        <message>
            <source>--dry-run applies to a merge, not to --new-journal</source>
            <translation>--dry-run s’applique à une fusion, pas à --new-journal</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>attention : %1</translation>
        </message>
        <message>
            <source>Import would add %1</source>
            <translation>L’import ajouterait %1</translation>
        </message>
        <message>
            <source>Import added %1</source>
            <translation>L’import a ajouté %1</translation>
        </message>
        <message>
            <source>list actions as a table</source>
            <translation>lister les actions dans un tableau</translation>
        </message>
        <message>
            <source>export planned sessions and due actions to a calendar file (not encrypted)</source>
            <translation>exporter les séances prévues et les échéances des actions dans un fichier de calendrier (non chiffré)</translation>
        </message>
        <message>
            <source>find text you wrote (prints matches with session and date)</source>
            <translation>retrouver un texte écrit (affiche les résultats avec la séance et la date)</translation>
        </message>
        <message>
            <source>only this group's actions</source>
            <translation>seulement les actions de ce groupe</translation>
        </message>
        <message>
            <source>only open actions</source>
            <translation>seulement les actions ouvertes</translation>
        </message>
        <message>
            <source>the .ics file to write (NOT encrypted)</source>
            <translation>le fichier .ics à écrire (NON chiffré)</translation>
        </message>
        <message>
            <source>also write group names and places, action titles and how many actions to review (never note text; not encrypted!)</source>
            <translation>écrire aussi le nom et le lieu des groupes, le titre des actions et le nombre d’actions à revoir (jamais le texte des notes ; non chiffré !)</translation>
        </message>
        <message>
            <source>words to find (accents and case ignored)</source>
            <translation>mots à chercher (sans tenir compte des accents ni de la casse)</translation>
        </message>
        <message>
            <source>to do</source>
            <comment>action status</comment>
            <translation>à faire</translation>
        </message>
        <message>
            <source>in progress</source>
            <comment>action status</comment>
            <translation>en cours</translation>
        </message>
        <message>
            <source>done</source>
            <comment>action status</comment>
            <translation>faite</translation>
        </message>
        <message>
            <source>dropped</source>
            <comment>action status</comment>
            <translation>abandonnée</translation>
        </message>
        <message>
            <source>postponed</source>
            <comment>action status</comment>
            <translation>reportée</translation>
        </message>
        <message>
            <source>note</source>
            <comment>search hit</comment>
            <translation>note</translation>
        </message>
        <message>
            <source>learning</source>
            <comment>search hit</comment>
            <translation>enseignement</translation>
        </message>
        <message>
            <source>feeling</source>
            <comment>search hit</comment>
            <translation>ressenti</translation>
        </message>
        <message>
            <source>action</source>
            <comment>search hit</comment>
            <translation>action</translation>
        </message>
        <message>
            <source>review</source>
            <comment>search hit</comment>
            <translation>suivi</translation>
        </message>
        <message>
            <source>topic</source>
            <comment>search hit</comment>
            <translation>sujet</translation>
        </message>
        <message>
            <source>key word</source>
            <comment>search hit</comment>
            <translation>mot-clé</translation>
        </message>
        <message>
            <source>objective</source>
            <comment>search hit</comment>
            <translation>objectif</translation>
        </message>
        <message>
            <source>self-assessment</source>
            <comment>search hit</comment>
            <translation>auto-évaluation</translation>
        </message>
        <message>
            <source>document</source>
            <comment>search hit</comment>
            <translation>document</translation>
        </message>
        <message>
            <source>session</source>
            <comment>search hit</comment>
            <translation>séance</translation>
        </message>
        <message>
            <source>group</source>
            <comment>search hit</comment>
            <translation>groupe</translation>
        </message>
        <message>
            <source>No actions.</source>
            <translation>Aucune action.</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>Aucune action ouverte.</translation>
        </message>
        <message>
            <source>Action</source>
            <comment>table header</comment>
            <translation>Action</translation>
        </message>
        <message>
            <source>Group</source>
            <comment>table header</comment>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Session</source>
            <comment>table header</comment>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>table header</comment>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>table header</comment>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Calendar written (NOT encrypted): %1</source>
            <translation>Calendrier écrit (NON chiffré) : %1</translation>
        </message>
        <message>
            <source>warning: the calendar file also names your groups, places and actions in clear text</source>
            <translation>attention : le fichier de calendrier nomme aussi, en clair, vos groupes, vos lieux et vos actions</translation>
        </message>
        <message>
            <source>warning: the calendar file is not encrypted: anyone who can read %1 sees what it holds.</source>
            <translation>attention : le fichier de calendrier n’est pas chiffré : toute personne qui peut lire %1 voit ce qu’il contient.</translation>
        </message>
        <message>
            <source>No results for “%1”.</source>
            <translation>Aucun résultat pour « %1 ».</translation>
        </message>
        <message>
            <source>, session no. %1 of %2</source>
            <translation>, séance n°%1 du %2</translation>
        </message>
        <message>
            <source>no. %1 %2</source>
            <translation>n°%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n reçu</numerusform>
                <numerusform>%n reçus</numerusform>
            </translation>
        </message>
        <message>
            <source>the folder is set up with another key than this journal's: set it up again with carnet sync --folder PATH.</source>
            <translation>le dossier est préparé avec une autre clé que celle de ce carnet : préparez-le de nouveau avec carnet sync --folder CHEMIN.</translation>
        </message>
        <message>
            <source>this journal does not sync yet: give the synced folder with --folder PATH</source>
            <translation>ce carnet ne se synchronise pas encore : indiquez le dossier synchronisé avec --folder CHEMIN</translation>
        </message>
        <message>
            <source>the folder was set up by a newer version of Carnet: update Carnet on this computer</source>
            <translation>le dossier a été préparé par une version plus récente de Carnet : mettez Carnet à jour sur cet ordinateur</translation>
        </message>
        <message>
            <source>the folder is set up with another key than this journal's (another journal, or the passphrase changed elsewhere): nothing was changed</source>
            <translation>le dossier est préparé avec une autre clé que celle de ce carnet (un autre carnet, ou la phrase de passe changée ailleurs) : rien n’a été modifié</translation>
        </message>
        <message>
            <source>cancelled: no journal was created</source>
            <translation>annulé : aucun carnet n’a été créé</translation>
        </message>
        <message>
            <source>the sync did not happen: %1</source>
            <translation>la synchronisation n’a pas eu lieu : %1</translation>
        </message>
        <message>
            <source>1 change file sent</source>
            <translation>1 fichier de modifications envoyé</translation>
        </message>
        <message numerus="yes">
            <source>%n change files sent</source>
            <translation>
                <numerusform>%n fichier de modifications envoyé</numerusform>
                <numerusform>%n fichiers de modifications envoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>the journal file %1 is inside the synced folder %2. Sync tools damage a journal file in use: move the journal out of this folder first (or choose another folder); the folder only needs Carnet's change files. Nothing was synced.</source>
            <translation>le fichier du carnet %1 est dans le dossier synchronisé %2. Les outils de synchronisation abîment un fichier de carnet en cours d’utilisation : sortez d’abord le carnet de ce dossier (ou choisissez un autre dossier) ; le dossier n’a besoin que des fichiers de modifications de Carnet. Rien n’a été synchronisé.</translation>
        </message>
        <message>
            <source>Passphrase of the journal on your other devices: </source>
            <translation>Phrase de passe du carnet sur vos autres appareils : </translation>
        </message>
        <message>
            <source>send this journal's changes to the synced folder and apply the other devices' ones</source>
            <translation>envoyer les modifications de ce carnet au dossier synchronisé et appliquer celles des autres appareils</translation>
        </message>
        <message>
            <source>create this device's journal from a synced folder (same passphrase as your other devices)</source>
            <translation>créer le carnet de cet appareil à partir d’un dossier synchronisé (même phrase de passe que vos autres appareils)</translation>
        </message>
        <message>
            <source>warning: the journal file %1 is inside the synced folder. Move it out: sync tools damage a journal file in use, and the folder only needs Carnet's change files.</source>
            <translation>attention : le fichier du carnet %1 est dans le dossier synchronisé. Sortez-le de ce dossier : les outils de synchronisation abîment un fichier de carnet ouvert, et le dossier n’a besoin que des fichiers de modifications de Carnet.</translation>
        </message>
        <message>
            <source>the changes of this computer could not be written to the folder (%1): they stay in the journal and will be sent at the next sync.</source>
            <translation>les modifications de cet ordinateur n’ont pas pu être écrites dans le dossier (%1) : elles restent dans le carnet et partiront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>warning: none of the devices this journal synced with (%1) is in %2: they do not receive this computer's changes, nor it theirs, until they sync through the same folder (or this journal goes back to theirs with --folder PATH).</source>
            <translation>attention : aucun des appareils avec lesquels ce carnet se synchronisait (%1) n’est dans %2 : ils ne reçoivent pas les modifications de cet ordinateur, ni lui les leurs, tant qu’ils ne se synchronisent pas par le même dossier (ou que ce carnet ne revient pas au leur avec --folder CHEMIN).</translation>
        </message>
        <message>
            <source>the sync folder %1 cannot be reached (a drive or a share disconnected?). Nothing was changed; your changes will be sent at the next sync.</source>
            <translation>le dossier synchronisé %1 est injoignable (un disque ou un partage déconnecté ?). Rien n’a été modifié ; vos modifications partiront à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>the sync folder %1 cannot be written (read-only or full?): %2</source>
            <translation>impossible d’écrire dans le dossier synchronisé %1 (en lecture seule ou plein ?) : %2</translation>
        </message>
        <message>
            <source>there is no Carnet journal in %1 yet: set sync up on your other device first (carnet sync --folder PATH), and let your sync tool bring the folder here.</source>
            <translation>il n’y a pas encore de carnet dans %1 : préparez d’abord la synchronisation sur votre autre appareil (carnet sync --folder CHEMIN), et laissez votre outil de synchronisation apporter le dossier ici.</translation>
        </message>
        <message>
            <source>%1 holds several Carnet journals (%2): choose one with --journal-id ID</source>
            <translation>%1 contient plusieurs carnets (%2) : choisissez-en un avec --journal-id ID</translation>
        </message>
        <message>
            <source>this passphrase does not open the journal synced in %1: give the passphrase of the journal on your other devices</source>
            <translation>cette phrase de passe n’ouvre pas le carnet synchronisé dans %1 : donnez la phrase de passe du carnet sur vos autres appareils</translation>
        </message>
        <message>
            <source>the description of the synced journal in %1 (manifest.json) is missing or damaged; if your sync tool is still downloading, try again later</source>
            <translation>la description du carnet synchronisé dans %1 (manifest.json) manque ou est abîmée ; si votre outil de synchronisation télécharge encore, réessayez plus tard</translation>
        </message>
        <message>
            <source>%1 already holds another Carnet journal: to open that journal on this computer, use carnet join --folder PATH; nothing was changed</source>
            <translation>%1 contient déjà un autre carnet : pour ouvrir ce carnet sur cet ordinateur, utilisez carnet join --folder CHEMIN ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>%1 holds no change file this Carnet can read yet: wait until your sync tool has finished downloading, then try again</source>
            <translation>%1 ne contient encore aucun fichier de modifications que ce Carnet sache lire : attendez que votre outil de synchronisation ait fini de télécharger, puis réessayez</translation>
        </message>
        <message>
            <source>Synced: %1, %2.</source>
            <translation>Synchronisé : %1, %2.</translation>
        </message>
        <message>
            <source>Partly synced: %1, %2.</source>
            <translation>Synchronisé en partie : %1, %2.</translation>
        </message>
        <message>
            <source>the folder your sync tool keeps in step (Nextcloud, Syncthing, Dropbox, a share…); remembered in the journal after the first time</source>
            <translation>le dossier que votre outil de synchronisation tient à jour (Nextcloud, Syncthing, Dropbox, un partage…) ; retenu dans le carnet après la première fois</translation>
        </message>
        <message>
            <source>set the folder up without asking (scripts)</source>
            <translation>préparer le dossier sans demander (scripts)</translation>
        </message>
        <message>
            <source>This journal syncs through %1. Sync it through %2 from now on? [y/N] </source>
            <translation>Ce carnet se synchronise par %1. Le synchroniser désormais par %2 ? [o/N] </translation>
        </message>
        <message>
            <source>Sync this journal through %1? Carnet will write its encrypted change files in %1/Carnet. [y/N] </source>
            <translation>Synchroniser ce carnet par %1 ? Carnet écrira ses fichiers de modifications chiffrés dans %1/Carnet. [o/N] </translation>
        </message>
        <message>
            <source>y</source>
            <comment>yes answer</comment>
            <translation>o</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>yes answer</comment>
            <translation>oui</translation>
        </message>
        <message>
            <source>nothing was changed</source>
            <translation>rien n’a été modifié</translation>
        </message>
        <message>
            <source>the synced folder where your other device set sync up</source>
            <translation>le dossier synchronisé où votre autre appareil a préparé la synchronisation</translation>
        </message>
        <message>
            <source>which journal, when the folder holds several</source>
            <translation>quel carnet, quand le dossier en contient plusieurs</translation>
        </message>
        <message>
            <source>Journal created: %1 — it opens with the same passphrase and syncs through %2.</source>
            <translation>Carnet créé : %1 — il s’ouvre avec la même phrase de passe et se synchronise par %2.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>the folder %1 is not set up for this journal yet: add --yes to set it up</source>
            <translation>le dossier %1 n’est pas encore préparé pour ce carnet : ajoutez --yes pour le préparer</translation>
        </message>
        <message>
            <source>%1 is inside the synced folder: sync tools damage a journal file in use. Choose a place outside %2 (the folder only needs Carnet's change files).</source>
            <translation>%1 est dans le dossier synchronisé : les outils de synchronisation abîment un fichier de carnet ouvert. Choisissez un emplacement hors de %2 (le dossier n’a besoin que des fichiers de modifications de Carnet).</translation>
        </message>
        <message>
            <source>the folder %1 cannot be found (a drive or a share disconnected?). No journal was created.</source>
            <translation>le dossier %1 est introuvable (un disque ou un partage déconnecté ?). Aucun carnet n’a été créé.</translation>
        </message>
        <message>
            <source>This journal now syncs through %1.</source>
            <translation>Ce carnet se synchronise désormais par %1.</translation>
        </message>
        <message numerus="yes">
            <source>Building the journal: %1 of %n file(s) (%3 %)</source>
            <translation>
                <numerusform>Construction du carnet : %1 sur %n fichier (%3 %)</numerusform>
                <numerusform>Construction du carnet : %1 sur %n fichiers (%3 %)</numerusform>
            </translation>
        </message>
    </context>
</TS>
