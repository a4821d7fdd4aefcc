"""The questions an import may stop to ask, and the answers it is run again with.

``app.exchange`` stops an import before it writes when the officer should decide: this
very file was imported before (an import whose end nobody saw, run again), rows without an
id look like officials already in the list, or a workbook has several sheets of data. The
command line refuses and names a flag; the window asks here. The answer is the keyword
arguments of ``import_file`` to run the import again with, or None to leave it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from app.ui.runtime.formatting import count_text
from app.ui.widgets import dialogs

if TYPE_CHECKING:
    from app.exchange import AlreadyImported, ImportQuestion, MatchesExisting, SheetChoice

translate = QCoreApplication.translate
EXAMPLES = 5  # matching rows named in the question; the count says how many in all


def ask_import_question(parent: QWidget | None, question: ImportQuestion,
                        file_name: str) -> dict[str, Any] | None:
    from app.exchange import AlreadyImported, MatchesExisting, SheetChoice

    if isinstance(question, AlreadyImported):
        return _ask_again(parent, question)
    if isinstance(question, MatchesExisting):
        return _ask_matching(parent, question, file_name)
    if isinstance(question, SheetChoice):
        return _ask_sheet(parent, question, file_name)
    dialogs.show_refusal(parent, str(question))  # a question this window does not know
    return None


def _ask_again(parent: QWidget | None, question: AlreadyImported) -> dict[str, Any] | None:
    when = question.imported_at.strftime("%d/%m/%Y %H:%M")
    text = translate("ImportQuestions", "This file was imported on {when}; import it again?")
    if dialogs.confirm(parent, translate("ImportQuestions", "Import again?"),
                       text.format(when=when), translate("ImportQuestions", "Import again")):
        return {"again": True}
    return None


def _ask_matching(parent: QWidget | None, question: MatchesExisting,
                  file_name: str) -> dict[str, Any] | None:
    matches = question.matches
    lines = [translate("ImportQuestions", "Row {row}: {name} ({born})").format(
        row=m.row, name=m.full_name, born=m.birth_date.strftime("%d/%m/%Y") if m.birth_date
        else translate("ImportQuestions", "no birth date")) for m in matches[:EXAMPLES]]
    if len(matches) > EXAMPLES:
        lines.append(translate("ImportQuestions", "…and {count} more.").format(
            count=count_text(len(matches) - EXAMPLES)))
    text = translate("ImportQuestions",
                     "{count} rows of {file} have no id and the same name and birth date as "
                     "officials already in the list:\n{rows}\nAdd them as new officials "
                     "anyway?").format(count=count_text(len(matches)), file=file_name,
                                       rows="\n".join(lines))
    if dialogs.confirm(parent, translate("ImportQuestions", "Officials already in the list"), text,
                       translate("ImportQuestions", "Add them anyway")):
        return {"add_matching": True}
    return None


def _ask_sheet(parent: QWidget | None, question: SheetChoice,
               file_name: str) -> dict[str, Any] | None:
    box = QInputDialog(parent)
    box.setObjectName("sheetChoice")
    box.setWindowTitle(translate("ImportQuestions", "Choose a sheet"))
    box.setLabelText(translate("ImportQuestions", "{file} has several sheets with data. Which "
                               "one holds the list to import?").format(file=file_name))
    box.setComboBoxItems(question.sheets)
    box.setComboBoxEditable(False)
    box.setOkButtonText(translate("ImportQuestions", "Import"))
    box.setCancelButtonText(translate("Dialogs", "Cancel"))
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    return {"sheet": box.textValue()}
