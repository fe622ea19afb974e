# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agent_import.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AgentImportForm(object):
    def setupUi(self, AgentImportForm):
        if not AgentImportForm.objectName():
            AgentImportForm.setObjectName(u"AgentImportForm")
        AgentImportForm.resize(900, 520)
        self.outerLayout = QVBoxLayout(AgentImportForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.hintLabel = QLabel(AgentImportForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(AgentImportForm)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(AgentImportForm)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(AgentImportForm)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.outerLayout.addLayout(self.fileLayout)

        self.previewTable = QTableView(AgentImportForm)
        self.previewTable.setObjectName(u"previewTable")

        self.outerLayout.addWidget(self.previewTable)

        self.summaryLabel = QLabel(AgentImportForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.skipBadCheck = QCheckBox(AgentImportForm)
        self.skipBadCheck.setObjectName(u"skipBadCheck")

        self.buttonLayout.addWidget(self.skipBadCheck)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(AgentImportForm)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(AgentImportForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgentImportForm)

        QMetaObject.connectSlotsByName(AgentImportForm)
    # setupUi

    def retranslateUi(self, AgentImportForm):
        self.hintLabel.setText(QCoreApplication.translate("AgentImportForm", u"One agent per row under a header row: agent_id, name, role, team, queues (billing:1;sales:2), password (empty or \"generate\": the server makes one), outbound_caller_id. Chinese headers (\u5de5\u53f7, \u59d3\u540d, \u2026) work too. Nothing is imported unless every row is valid.", None))
        self.fileLabel.setText(QCoreApplication.translate("AgentImportForm", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("AgentImportForm", u"agents.csv or agents.xlsx", None))
        self.browseButton.setText(QCoreApplication.translate("AgentImportForm", u"&Choose\u2026", None))
        self.skipBadCheck.setText(QCoreApplication.translate("AgentImportForm", u"&Skip bad rows (import the valid ones)", None))
        self.closeButton.setText(QCoreApplication.translate("AgentImportForm", u"Close", None))
        self.saveButton.setText(QCoreApplication.translate("AgentImportForm", u"&Import", None))
        pass
    # retranslateUi

